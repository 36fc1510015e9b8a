// The reference project's account balance, a Node.js Lambda function as a team writes one: the Account Balance flow
// (flows/account-balance.json) calls it with the Connect event and keeps what it returns as contact attributes.
//
// It looks the caller's number up in a small in-memory ledger. Three callers show what goes wrong in production:
// +15550666 makes the ledger fail (the function throws), +15550199 meets a slow ledger replica (the function waits
// 4 seconds, longer than the flow's 3 second limit), and Grace's account carries her last payment as a nested object,
// which a block with STRING_MAP validation refuses.
'use strict';

const ACCOUNTS = {
  '+15550100': { balance: '42.50', currency: 'USD' },
  '+15550101': { balance: '0.00', currency: 'USD' },
  '+15550177': { balance: '1200.00', currency: 'USD', lastPayment: { amount: '100.00', date: '2026-01-02' } },
};

const UNLUCKY = '+15550666';
const SLOW = '+15550199';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

exports.handler = async (event, context) => {
  const endpoint = event.Details.ContactData.CustomerEndpoint;
  const caller = endpoint ? endpoint.Address : 'unknown';
  console.log(`balance of ${caller} from ${process.env.LEDGER}, ${context.getRemainingTimeInMillis()} ms left`);
  if (caller === UNLUCKY) {
    throw new Error('the ledger is unavailable');
  }
  if (caller === SLOW) {
    await sleep(4000);
  }
  const account = ACCOUNTS[caller];
  if (!account) {
    console.log(`no account has the number ${caller}`);
    return { found: 'false' };
  }
  return { found: 'true', ...account };
};
