package dev.connectsim.handler;

import dev.connectsim.lambda.ColdStart;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.WarmUpPing;
import dev.connectsim.text.NearestName;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A team's Java handler ({@code package.Class::method} or {@code package.Class}) on a class loader of its own,
 * called by the Lambda runtime as any bound function.
 *
 * <p>Design note: the class is loaded and initialised, and the handler object created, when the binding is loaded,
 * so a class that does not load fails the instance file, not a scenario halfway. Each new execution environment (a
 * cold start) gets a class loader of its own over the same code, so static initialisers run again and static state
 * lives as long as the environment, as on Lambda, and no scenario sees another's. Each attempt gets a fresh
 * {@link VirtualContext}; the handler runs at once, with its own loader as the thread's context loader, and the
 * attempt then lasts the binding's {@code after} plus the virtual time the handler slept, whether it returned or
 * threw (with {@code duration: measured}, its real running time plus the time it slept). Its classes are rewritten
 * ({@link TeamCodeRewriter}) to read the environment's variables, virtual clock and seeds and to write its output to
 * the attempt's log; the binding is first loaded in an environment of its own, with no scenario, at the epoch, to
 * check it. What it throws is a
 * function error with the exception's class name as errorType, as Lambda's Java runtime reports it. Keep-warm pings
 * reach the handler too, as the real schedule would.
 */
final class JavaHandler implements LambdaFunction {

    private static final Pattern HANDLER = Pattern.compile(
            "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.$]*"
                    + "(::[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)?");

    private final HandlerBinding binding;
    private final String functionName;
    private final URL[] classPath;
    private final CodeLoader.TeamClassLoader loader;
    private final JavaEntryPoint entry;

    private JavaHandler(HandlerBinding binding, URL[] classPath, CodeLoader.TeamClassLoader loader,
            JavaEntryPoint entry) {
        this.binding = binding;
        this.functionName = LambdaNames.functionName(binding.functionArn());
        this.classPath = classPath;
        this.loader = loader;
        this.entry = entry;
    }

    static JavaHandler load(HandlerBinding binding) {
        String handler = binding.handler().strip();
        if (!HANDLER.matcher(handler).matches()) {
            throw new BadHandlerBinding("handler", "'" + handler + "' is not a Java handler; expected "
                    + "package.Class::method or package.Class, as Lambda writes it");
        }
        FunctionEnvironment.check(binding);
        return load(binding, CodeLoader.classPath(binding), FunctionEnvironment.checkStart(binding));
    }

    private static JavaHandler load(HandlerBinding binding, URL[] classPath, ColdStart start) {
        String handler = binding.handler().strip();
        int split = handler.indexOf("::");
        String className = split < 0 ? handler : handler.substring(0, split);
        String methodName = split < 0 ? null : handler.substring(split + 2);
        JavaEnvironment environment = new JavaEnvironment(FunctionEnvironment.of(binding, start), start,
                binding.measured());
        CodeLoader.TeamClassLoader loader = CodeLoader.open(binding, classPath, environment);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        environment.begin(start.at(), binding.timeout());
        try {
            Class<?> type = Class.forName(className, true, loader);
            return new JavaHandler(binding, classPath, loader, JavaEntryPoint.find(type, methodName, handler));
        } catch (ClassNotFoundException e) {
            List<String> classes = CodeLoader.classNames(binding);
            throw new BadHandlerBinding("handler", "no class " + className + " in " + binding.codeAsWritten()
                    + NearestName.in(classes, className).map(c -> " (did you mean '" + c + "'?)").orElse("")
                    + (classes.isEmpty() ? "; it holds no classes" : ""), e);
        } catch (ExceptionInInitializerError e) {
            throw new BadHandlerBinding("handler", "class " + className + " does not load: its static initialiser "
                    + "threw " + e.getCause(), e);
        } catch (UnsupportedClassVersionError e) {
            throw new BadHandlerBinding("handler", "class " + className + " does not load: " + e.getMessage(), e);
        } catch (LinkageError e) {
            throw new BadHandlerBinding("handler", "class " + className + " does not load: " + e, e);
        } catch (JavaEnvironment.Exited e) {
            throw new BadHandlerBinding("handler", "class " + className + " does not load: it ended its runtime while"
                    + " it started (" + e.getMessage() + ")", e);
        } catch (JavaEnvironment.OutOfTime e) {
            throw new BadHandlerBinding("handler", "class " + className + " does not load: it slept past the "
                    + "function's " + binding.timeout().toMillis() / 1000.0 + " s timeout while it started", e);
        } finally {
            environment.end();
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The same code on a new class loader, for the execution environment {@code start} describes: its classes loaded,
     * rewritten and initialised anew, with the environment's own variables, clock and seeds.
     */
    @Override
    public LambdaFunction newEnvironment(ColdStart start) {
        try {
            return load(binding, classPath, start);
        } catch (BadHandlerBinding e) {
            Throwable cause = e.getCause() instanceof ExceptionInInitializerError init && init.getCause() != null
                    ? init.getCause() : e.getCause() != null ? e.getCause() : e;
            return (event, context) -> new LambdaReply.Failed(binding.after(), cause.getClass().getName(),
                    Objects.toString(cause.getMessage(), ""));
        }
    }

    @Override
    public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
        return run(event.toMap(), context);
    }

    @Override
    public LambdaReply warmUp(WarmUpPing ping, LambdaContext context) {
        return run(ping.toMap(), context);
    }

    private LambdaReply run(Map<String, Object> event, LambdaContext attempt) {
        JavaEnvironment environment = loader.environment();
        VirtualContext context = new VirtualContext(attempt, functionName, binding.memoryMb(), environment);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        environment.begin(attempt.now(), attempt.timeout());
        Object reply = null;
        Throwable threw = null;
        Duration ran;
        try {
            reply = entry.call(event, context);
        } catch (JavaEntryPoint.HandlerThrew e) {
            threw = e.getCause();
        } finally {
            ran = environment.end();
            thread.setContextClassLoader(previous);
        }
        Duration runsFor = binding.measured() ? ran : binding.after().plus(ran);
        List<String> log = environment.output().drain();
        if (threw == null) {
            return new LambdaReply.Returned(runsFor, reply, log);
        }
        String errorType = threw instanceof JavaEnvironment.OutOfTime ? "Sandbox.Timedout"
                : threw instanceof JavaEnvironment.Exited ? "Runtime.ExitError" : threw.getClass().getName();
        return new LambdaReply.Failed(runsFor, errorType, Objects.toString(threw.getMessage(), ""), log);
    }

    @Override
    public String toString() {
        return binding.runtime() + " handler " + binding.handler() + " from " + binding.codeAsWritten();
    }
}
