// Command driver places calls through the Go simulator (edwardbrowncross/amazon-connect-simulator) for the
// side-by-side benchmark: the same flows, caller input, Lambda answers and hours that connect-sim's bench is given
// (calls.json), and prints one JSON object: the blocks the traced call went through and the CPU of the timed calls.
//
// One call is traced first (its module events), then -warm-up calls run untimed, then -calls calls are timed: the
// process's user+sys CPU (getrusage) over them. Calls run one after another; each one's goroutine talks to this
// caller over the simulator's channels, reading every prompt and giving the caller input when asked.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	simulator "github.com/edwardbrowncross/amazon-connect-simulator"
	"github.com/edwardbrowncross/amazon-connect-simulator/event"
)

// calls is what calls.json says both simulators are given.
type calls struct {
	Queues  map[string]json.RawMessage        `json:"queues"`
	Lambdas map[string]map[string]interface{} `json:"lambdas"`
	Flows   map[string]struct {
		Number string   `json:"number"`
		Press  []string `json:"press"`
	} `json:"flows"`
}

// report is the driver's one line of JSON.
type report struct {
	Flow             string   `json:"flow"`
	Calls            int      `json:"calls"`
	WarmUp           int      `json:"warmUp"`
	CPUSeconds       float64  `json:"cpuSeconds"`
	CPUMicrosPerCall float64  `json:"cpuMicrosPerCall"`
	WallSeconds      float64  `json:"wallSeconds"`
	PromptsPerCall   int      `json:"promptsPerCall"`
	CallsLikeTraced  int      `json:"callsLikeTraced"`
	Path             []string `json:"path"`
	GoVersion        string   `json:"goVersion"`
	GoMaxProcs       int      `json:"gomaxprocs"`
}

// StartTime is connect-sim's virtual start (Simulation.DEFAULT_START): a Monday, 09:00 UTC.
var startTime = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)

func main() {
	project := flag.String("project", "", "the project extract-flows.py wrote (its flows/ folder)")
	callsFile := flag.String("calls-file", "", "calls.json")
	flowKey := flag.String("flow", "", "sampleLambda, sampleRecording or sampleQueue")
	count := flag.Int("calls", 10000, "timed calls")
	warmUp := flag.Int("warm-up", 10000, "calls run first and not timed")
	flag.Parse()
	if err := run(*project, *callsFile, *flowKey, *count, *warmUp); err != nil {
		fmt.Fprintln(os.Stderr, "driver:", err)
		os.Exit(1)
	}
}

func run(project, callsFile, flowKey string, count, warmUp int) error {
	var given calls
	text, err := os.ReadFile(callsFile)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(text, &given); err != nil {
		return fmt.Errorf("%s: %v", callsFile, err)
	}
	flow, ok := given.Flows[flowKey]
	if !ok {
		return fmt.Errorf("%s has no flow %q", callsFile, flowKey)
	}
	sim := simulator.New()
	files, _ := filepath.Glob(filepath.Join(project, "flows", "*.json"))
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		if err := sim.LoadFlowJSON(text); err != nil {
			return fmt.Errorf("%s: %v", file, err)
		}
	}
	var name struct {
		Metadata struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	text, err = os.ReadFile(filepath.Join(project, "flows", flowKey+".json"))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(text, &name); err != nil {
		return err
	}
	if err := sim.SetStartingFlowFor(flow.Number, name.Metadata.Name); err != nil {
		return err
	}
	for arn, answer := range given.Lambdas {
		answer := answer
		err := sim.RegisterLambda(arn, func(ctx context.Context, in simulator.LambdaPayload) (map[string]interface{}, error) {
			return answer, nil
		})
		if err != nil {
			return err
		}
	}
	// The queues' hours: Basic Hours, open all day every day, as connect-sim gives a queue with no hours.
	sim.SetInHoursCheck(func(name string, isQueue bool, at time.Time) (bool, error) {
		if _, known := given.Queues[name]; isQueue && known {
			return true, nil
		}
		return false, fmt.Errorf("no hours for %q", name)
	})
	conf := simulator.CallConfig{SourceNumber: "+15550100000", DestNumber: flow.Number, Time: startTime}

	path, prompts, err := traced(&sim, conf, flow.Press)
	if err != nil {
		return err
	}
	for i := 0; i < warmUp; i++ {
		if _, err := call(&sim, conf, flow.Press); err != nil {
			return err
		}
	}
	like := 0
	began := time.Now()
	cpuBefore := cpu()
	for i := 0; i < count; i++ {
		heard, err := call(&sim, conf, flow.Press)
		if err != nil {
			return err
		}
		if heard == prompts {
			like++
		}
	}
	cpuSeconds := cpu() - cpuBefore
	wall := time.Since(began).Seconds()
	out, _ := json.Marshal(report{Flow: name.Metadata.Name, Calls: count, WarmUp: warmUp, CPUSeconds: cpuSeconds,
		CPUMicrosPerCall: cpuSeconds / float64(count) * 1e6, WallSeconds: wall, PromptsPerCall: prompts,
		CallsLikeTraced: like, Path: path, GoVersion: runtime.Version(), GoMaxProcs: runtime.GOMAXPROCS(0)})
	fmt.Println(string(out))
	return nil
}

// traced places one call and returns the blocks it went through, in order, and the prompts it heard.
func traced(sim *simulator.Simulator, conf simulator.CallConfig, press []string) ([]string, int, error) {
	c, err := sim.StartCall(conf)
	if err != nil {
		return nil, 0, err
	}
	events := make(chan event.Event, 1024)
	c.Subscribe(events)
	path := []string{}
	done := make(chan struct{})
	go func() {
		for e := range events {
			if m, ok := e.(event.ModuleEvent); ok {
				path = append(path, string(m.ID))
			}
		}
		close(done)
	}()
	heard := converse(c, press)
	<-done
	return path, heard, c.Err
}

// call places one call, plays the caller to its end, and returns the prompts heard.
func call(sim *simulator.Simulator, conf simulator.CallConfig, press []string) (int, error) {
	c, err := sim.StartCall(conf)
	if err != nil {
		return 0, err
	}
	heard := converse(c, press)
	return heard, c.Err
}

// converse reads the call's prompts until it ends, giving the next entry of press whenever the flow takes input
// ('T', the simulator's timeout, for an empty entry and once press runs out).
func converse(c *simulator.Call, press []string) int {
	keys := []rune(strings.Join(entries(press), ""))
	heard := 0
	for {
		key := 'T'
		if len(keys) > 0 {
			key = keys[0]
		}
		select {
		case _, open := <-c.Caller.O:
			if !open {
				return heard
			}
			heard++
		case c.Caller.I <- key:
			if len(keys) > 0 {
				keys = keys[1:]
			}
		}
	}
}

// entries turns each entry into the keys it sends: its digits, or 'T' (a timeout) when empty.
func entries(press []string) []string {
	out := make([]string, len(press))
	for i, p := range press {
		if p == "" {
			p = "T"
		}
		out[i] = p
	}
	return out
}

// cpu is this process's user+sys CPU so far, in seconds.
func cpu() float64 {
	var usage syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	return float64(usage.Utime.Nano()+usage.Stime.Nano()) / 1e9
}
