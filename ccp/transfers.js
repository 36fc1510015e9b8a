// Transfers from the agent's CCP, written on the Amazon Connect Streams API as the team's CCP customisation runs them.
//
// Cold transfer (coldTransferToDestination): hold the customer, add the third party, and on every REFRESH of the
// contact look at the new third-party connection: wait while it is connecting; once it is connected, join everyone and
// leave. When the third party does not connect (no answer, busy, the dial fails), stop listening and leave the
// customer on hold with the agent, who can take them back.
//
// Warm transfer (warmTransferToDestination, then swapParties and joinAndLeave): hold the customer, add the third
// party, and on REFRESH wait while it is connecting; once it has answered, the agent consults it while the customer
// waits on hold, may swap between the two, and ends the consult by joining everyone and leaving. A third party who
// does not answer, or hangs up during the consult, ends it: the customer is taken back off hold. A customer who hangs
// up while the third party rings or during the consult ends it too, with the agent left on the call.
//
// Blind transfer (blindTransferToDestination): add the third party, which holds the customer by itself, and leave as
// soon as the dial is accepted, without waiting for an answer. What becomes of the customer is then the third party's.
//
// What a transfer did is logged ("cold transfer ...", "warm transfer ...", "blind transfer ...") and kept in
// transferOutcome: null while it runs, then "completed" or {step, reason}; transferListening says whether it still
// listens to REFRESH, and transferPhase where a warm transfer is (holding, dialling, ringing, consulting, joining,
// leaving, resuming, done).

var transferOutcome = null;
var transferListening = false;
var transferPhase = null;

// ---- what the transfers share -------------------------------------------------------------------------------------

function voiceContactInProgress() {
  var contacts = new connect.Agent().getContacts(connect.ContactType.VOICE);
  for (var i = 0; i < contacts.length; i++) {
    if (contacts[i].getState().type === connect.ContactStateType.CONNECTED) {
      return contacts[i];
    }
  }
  return null;
}

function parsedError(err) {
  try {
    return typeof err === 'string' ? JSON.parse(err) : err;
  } catch (e) {
    return null;
  }
}

function errorText(err) {
  var parsed = parsedError(err);
  return parsed && parsed.type ? parsed.type + ': ' + parsed.message : String(err);
}

function transferFailed(kind, step, reason) {
  transferOutcome = { step: step, reason: reason };
  console.log(kind + ' transfer failed in step ' + step + ': ' + reason);
}

/** The ids of the contact's third-party connections now, to tell the one a transfer adds from those before it. */
function thirdPartyIds(contact) {
  return contact.getThirdPartyConnections().map(function (c) { return c.getConnectionId(); });
}

function newThirdParty(contact, before) {
  return contact.getThirdPartyConnections().filter(function (c) {
    return before.indexOf(c.getConnectionId()) < 0;
  })[0];
}

/**
 * Calls handler(contact) on every REFRESH of the contact until the returned function is called. The recipe keeps its
 * own flag: in older Streams (2.14.1), onRefresh returns no subscription to unsubscribe.
 */
function listenToRefresh(contact, handler) {
  var listening = true;
  var subscription = contact.onRefresh(function (seen) {
    if (listening) {
      handler(seen);
    }
  });
  transferListening = true;
  return function stop() {
    listening = false;
    if (subscription && typeof subscription.unsubscribe === 'function') {
      subscription.unsubscribe();
    }
    transferListening = false;
  };
}

/** The agent leaves: their connection is destroyed, and the transfer is done; ended (if given) runs first either way. */
function leave(kind, contact, ended) {
  var end = ended || function () {};
  var agent = contact.getAgentConnection();
  if (!agent) {
    end();
    transferFailed(kind, 'leave', 'the contact has no agent connection');
    return;
  }
  agent.destroy({
    success: function () {
      end();
      transferOutcome = 'completed';
      console.log(kind + ' transfer done');
    },
    failure: function (err) {
      end();
      transferFailed(kind, 'leave', errorText(err));
    }
  });
}

function startOn(kind, phoneNumber) {
  var contact = voiceContactInProgress();
  if (!contact) {
    transferFailed(kind, 'start', 'no voice contact is connected');
    return null;
  }
  transferOutcome = null;
  console.log(kind + ' transfer of ' + contact.getContactId() + ' to ' + phoneNumber);
  return contact;
}

// ---- cold transfer ------------------------------------------------------------------------------------------------

function coldTransferToDestination(phoneNumber) {
  var contact = startOn('cold', phoneNumber);
  if (!contact) {
    return;
  }
  var before = thirdPartyIds(contact);
  contact.getInitialConnection().hold({
    success: function () {
      contact.addConnection(connect.Endpoint.byPhoneNumber(phoneNumber), {
        success: function () {
          var stop = listenToRefresh(contact, function (seen) {
            if (seen.getState().type !== connect.ContactStateType.CONNECTED) {
              stop();
              transferFailed('cold', 'dial', 'the contact is ' + seen.getState().type);
              return;
            }
            var thirdParty = newThirdParty(seen, before);
            if (!thirdParty || thirdParty.isConnecting()) {
              return;
            }
            stop();
            if (!thirdParty.isConnected()) {
              transferFailed('cold', 'dial', 'the third-party connection is ' + thirdParty.getState().type);
              return;
            }
            seen.conferenceConnections({
              success: function () { leave('cold', seen); },
              failure: function (err) { transferFailed('cold', 'conference', errorText(err)); }
            });
          });
        },
        failure: function (err) { transferFailed('cold', 'addConnection', errorText(err)); }
      });
    },
    failure: function (err) { transferFailed('cold', 'hold', errorText(err)); }
  });
}

// ---- warm transfer ------------------------------------------------------------------------------------------------

/** The warm transfer under way: its contact and the REFRESH subscription's stop; null before the first. */
var warm = null;

function warmPhase(phase) {
  transferPhase = phase;
  if (phase === 'consulting') {
    console.log('warm transfer: consulting ' + warm.phoneNumber);
  }
}

function warmFailed(step, reason) {
  warmPhase('done');
  transferFailed('warm', step, reason);
}

function warmTransferToDestination(phoneNumber) {
  var contact = startOn('warm', phoneNumber);
  if (!contact) {
    return;
  }
  warm = { contact: contact, phoneNumber: phoneNumber, stop: function () {} };
  warmPhase('holding');
  var customer = contact.getInitialConnection();
  if (!customer) {
    warmFailed('hold', 'the contact has no customer connection');
    return;
  }
  customer.hold({
    success: function () { warmDial(contact, phoneNumber); },
    failure: function (err) { warmFailed('hold', errorText(err)); }
  });
}

function warmDial(contact, phoneNumber) {
  warmPhase('dialling');
  var before = thirdPartyIds(contact);
  contact.addConnection(connect.Endpoint.byPhoneNumber(phoneNumber), {
    success: function () {
      warmPhase('ringing');
      warm.stop = listenToRefresh(contact, function (seen) { warmRefresh(seen, before); });
    },
    failure: function (err) { warmFailed('addConnection', errorText(err)); }
  });
}

function warmRefresh(seen, before) {
  if (transferPhase !== 'ringing' && transferPhase !== 'consulting') {
    return;
  }
  var step = transferPhase === 'ringing' ? 'dial' : 'consult';
  if (seen.getState().type !== connect.ContactStateType.CONNECTED) {
    warm.stop();
    warmFailed(step, 'the contact is ' + seen.getState().type);
    return;
  }
  var customer = seen.getInitialConnection();
  if (!customer || !customer.isActive()) {
    warm.stop();
    warmFailed(step, 'the customer hung up');
    return;
  }
  var thirdParty = newThirdParty(seen, before);
  if (!thirdParty || thirdParty.isConnecting()) {
    return;
  }
  if (thirdParty.isActive()) {
    if (transferPhase !== 'consulting') {
      warmPhase('consulting');
    }
    return;
  }
  warm.stop();
  var state = thirdParty.getState().type;
  takeCustomerBack(step, step === 'dial' ? 'the third party did not answer: its connection is ' + state
      : 'the third party hung up during the consult: its connection is ' + state, customer);
}

/** The third party is gone: the customer comes off hold (one already off hold is taken back as it is). */
function takeCustomerBack(step, what, customer) {
  warmPhase('resuming');
  if (!customer.isOnHold()) {
    warmFailed(step, what);
    return;
  }
  customer.resume({
    success: function () { warmFailed(step, what); },
    failure: function (err) {
      var parsed = parsedError(err);
      if (parsed && parsed.type === 'CallAlreadyResumedException') {
        warmFailed(step, what);
      } else {
        warmFailed('resume', errorText(err) + ' (taking the customer back after: ' + what + ')');
      }
    }
  });
}

function requireConsulting(action) {
  if (transferPhase !== 'consulting') {
    throw new Error('cannot ' + action + ' the warm transfer: ' + (warm ? 'it is ' + transferPhase
        : 'none was started') + ' (allowed: consulting)');
  }
}

/** Ends the consult: joins everyone, then the agent leaves the customer with the third party. */
function joinAndLeave() {
  requireConsulting('joinAndLeave');
  warm.stop();
  warmPhase('joining');
  var contact = warm.contact;
  contact.conferenceConnections({
    success: function () {
      warmPhase('leaving');
      leave('warm', contact, function () { warmPhase('done'); });
    },
    failure: function (err) { warmFailed('conference', errorText(err)); }
  });
}

/** Swaps which party is on hold during the consult; a refused swap leaves the call as it was and the consult going. */
function swapParties() {
  requireConsulting('swap');
  warm.contact.toggleActiveConnections({
    success: function () {},
    failure: function (err) { console.log('warm transfer: the swap failed: ' + errorText(err)); }
  });
}

// ---- blind transfer -----------------------------------------------------------------------------------------------

function blindTransferToDestination(phoneNumber) {
  var contact = startOn('blind', phoneNumber);
  if (!contact) {
    return;
  }
  contact.addConnection(connect.Endpoint.byPhoneNumber(phoneNumber), {
    success: function () { leave('blind', contact); },
    failure: function (err) { transferFailed('blind', 'addConnection', errorText(err)); }
  });
}
