// Transfers from the agent's CCP, written on the Amazon Connect Streams API as the team's CCP customisation runs them.
//
// Cold transfer: hold the customer, add the third party, and on every REFRESH of the contact look at the new
// third-party connection: wait while it is connecting; once it is connected, join everyone and leave. When the third
// party does not connect (no answer, busy, the dial fails), stop listening and leave the customer on hold with the
// agent, who can take them back.
//
// What it did is logged ("cold transfer ...") and kept in transferOutcome: null while it runs, then "completed" or
// {step, reason}; transferListening says whether it still listens to REFRESH.

var transferOutcome = null;
var transferListening = false;

function voiceContactInProgress() {
  var contacts = new connect.Agent().getContacts(connect.ContactType.VOICE);
  for (var i = 0; i < contacts.length; i++) {
    if (contacts[i].getState().type === connect.ContactStateType.CONNECTED) {
      return contacts[i];
    }
  }
  return null;
}

function errorText(err) {
  try {
    var parsed = typeof err === 'string' ? JSON.parse(err) : err;
    return parsed && parsed.type ? parsed.type + ': ' + parsed.message : String(err);
  } catch (e) {
    return String(err);
  }
}

function transferFailed(step, reason) {
  transferOutcome = { step: step, reason: reason };
  console.log('cold transfer failed in step ' + step + ': ' + reason);
}

function coldTransferToDestination(phoneNumber) {
  var contact = voiceContactInProgress();
  if (!contact) {
    transferFailed('start', 'no voice contact is connected');
    return;
  }
  transferOutcome = null;
  console.log('cold transfer of ' + contact.getContactId() + ' to ' + phoneNumber);
  var thirdPartiesBefore = contact.getThirdPartyConnections().map(function (c) { return c.getConnectionId(); });
  contact.getInitialConnection().hold({
    success: function () {
      contact.addConnection(connect.Endpoint.byPhoneNumber(phoneNumber), {
        success: function () {
          // The recipe keeps its own flag: in older Streams (2.14.1), onRefresh returns no subscription to unsubscribe.
          var listening = true;
          var stop = function () {
            listening = false;
            stopListening(refresh);
          };
          var refresh = contact.onRefresh(function (seen) {
            if (!listening) {
              return;
            }
            if (seen.getState().type !== connect.ContactStateType.CONNECTED) {
              stop();
              transferFailed('dial', 'the contact is ' + seen.getState().type);
              return;
            }
            var thirdParty = seen.getThirdPartyConnections().filter(function (c) {
              return thirdPartiesBefore.indexOf(c.getConnectionId()) < 0;
            })[0];
            if (!thirdParty || thirdParty.isConnecting()) {
              return;
            }
            stop();
            if (!thirdParty.isConnected()) {
              transferFailed('dial', 'the third-party connection is ' + thirdParty.getState().type);
              return;
            }
            seen.conferenceConnections({
              success: function () { leave(seen); },
              failure: function (err) { transferFailed('conference', errorText(err)); }
            });
          });
          transferListening = true;
        },
        failure: function (err) { transferFailed('addConnection', errorText(err)); }
      });
    },
    failure: function (err) { transferFailed('hold', errorText(err)); }
  });
}

function stopListening(subscription) {
  if (subscription && typeof subscription.unsubscribe === 'function') {
    subscription.unsubscribe();
  }
  transferListening = false;
}

function leave(contact) {
  contact.getAgentConnection().destroy({
    success: function () {
      transferOutcome = 'completed';
      console.log('cold transfer done');
    },
    failure: function (err) { transferFailed('leave', errorText(err)); }
  });
}
