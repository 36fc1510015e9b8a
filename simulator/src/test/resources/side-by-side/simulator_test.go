package simulator_test

// A stand-in for the Go simulator's simulator_test.go (SideBySideScriptTest): small hand-written legacy flows under
// the names benchmarks/side-by-side/extract-flows.py takes, with the ids and names calls.json gives the real ones.

var sampleLambda = `{
    "modules":[
        {"id":"lookup","type":"InvokeExternalResource","branches":[{"condition":"Success","transition":"check-state"},{"condition":"Error","transition":"bye"}],"parameters":[{"name":"FunctionArn","value":"arn:aws:lambda:us-east-1:613787477748:function:state-lookup","namespace":null},{"name":"TimeLimit","value":"4"}],"metadata":{},"target":"Lambda"},
        {"id":"check-state","type":"CheckAttribute","branches":[{"condition":"Evaluate","conditionType":"Equals","conditionValue":"United Kingdom","transition":"say-state"},{"condition":"NoMatch","transition":"bye"}],"parameters":[{"name":"Attribute","value":"State"},{"name":"Namespace","value":"External"}],"metadata":{}},
        {"id":"say-state","type":"PlayPrompt","branches":[{"condition":"Success","transition":"bye"}],"parameters":[{"name":"Text","value":"You are calling from $.External.State","namespace":null},{"name":"TextToSpeechType","value":"text"}],"metadata":{}},
        {"id":"bye","type":"Disconnect","branches":[],"parameters":[],"metadata":{}}
    ],
    "version":"1","type":"contactFlow","start":"lookup",
    "metadata":{"name":"Sample Lambda integration","description":"","type":"contactFlow","status":"published"}
}`

var sampleRecording = `{
    "modules":[
        {"id":"menu","type":"GetUserInput","branches":[{"condition":"Evaluate","conditionType":"Equals","conditionValue":"1","transition":"record"},{"condition":"Timeout","transition":"bye"},{"condition":"NoMatch","transition":"bye"},{"condition":"Error","transition":"bye"}],"parameters":[{"name":"Text","value":"Press 1 to record.","namespace":null},{"name":"TextToSpeechType","value":"text"},{"name":"Timeout","value":"8"},{"name":"MaxDigits","value":"1"}],"metadata":{},"target":"Digits"},
        {"id":"record","type":"SetRecordingBehavior","branches":[{"condition":"Success","transition":"bye"}],"parameters":[{"name":"RecordingBehaviorOption","value":"Enable"},{"name":"RecordingParticipantOption","value":"Both"}],"metadata":{}},
        {"id":"bye","type":"Disconnect","branches":[],"parameters":[],"metadata":{}}
    ],
    "version":"1","type":"contactFlow","start":"menu",
    "metadata":{"name":"Sample recording behavior","description":"","type":"contactFlow","status":"published"}
}`

var sampleQueue = `{
    "modules":[
        {"id":"set-queue","type":"SetQueue","branches":[{"condition":"Success","transition":"to-queue"},{"condition":"Error","transition":"bye"}],"parameters":[{"name":"Queue","value":"arn:aws:connect:eu-west-2:456789012345:instance/ffffffff-ffff-4000-ffff-ffffffffffff/queue/ff305403-5502-4475-b458-d4bacee82020","namespace":null,"resourceName":"Level 1 Queue"}],"metadata":{}},
        {"id":"to-queue","type":"Transfer","branches":[{"condition":"AtCapacity","transition":"bye"},{"condition":"Error","transition":"bye"}],"parameters":[],"metadata":{},"target":"Queue"},
        {"id":"bye","type":"Disconnect","branches":[],"parameters":[],"metadata":{}}
    ],
    "version":"1","type":"contactFlow","start":"set-queue",
    "metadata":{"name":"Sample queue customer","description":"","type":"contactFlow","status":"published"}
}`
