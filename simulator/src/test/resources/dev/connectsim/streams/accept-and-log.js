// Test page: accepts every incoming call and logs the events Streams fires for it.
var seen = [];
connect.agent(function (agent) {
  console.log('agent ' + agent.getState().name + ' ' + agent.getRoutingProfile().name);
});
connect.contact(function (contact) {
  contact.onConnecting(function (c) {
    seen.push('connecting');
    c.accept({ success: function () { console.log('accepted ' + c.getContactId()); } });
  });
  contact.onAccepted(function () { seen.push('accepted'); });
  contact.onConnected(function (c) {
    seen.push('connected');
    console.log('connected to ' + c.getInitialConnection().getEndpoint().phoneNumber
        + ' after ' + c.getStateDuration() + ' ms');
  });
});
function throwInHandler() {
  connect.agent(function () { null.boom; });
}
function logRandom() {
  console.log('random ' + Math.random());
}
function sendDigitsToCustomer(digits) {
  connect.agent(function (agent) {
    agent.getContacts()[0].getInitialConnection().sendDigits(digits, {
      success: function () { console.log('digits sent'); },
      failure: function (err) { console.log('digits failed ' + err); }
    });
  });
}
