package dev.connectsim.handler;

import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.WarmUpPing;
import dev.connectsim.text.NearestName;
import java.net.URLClassLoader;
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
 * attempt then lasts the binding's {@code after} in virtual time, whether it returned or threw. What it throws is a
 * function error with the exception's class name as errorType, as Lambda's Java runtime reports it. Keep-warm pings
 * reach the handler too, as the real schedule would.
 */
final class JavaHandler implements LambdaFunction {

    private static final Pattern HANDLER = Pattern.compile(
            "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.$]*"
                    + "(::[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)?");

    private final HandlerBinding binding;
    private final String functionName;
    private final URLClassLoader loader;
    private final JavaEntryPoint entry;

    private JavaHandler(HandlerBinding binding, URLClassLoader loader, JavaEntryPoint entry) {
        this.binding = binding;
        this.functionName = LambdaNames.functionName(binding.functionArn());
        this.loader = loader;
        this.entry = entry;
    }

    static JavaHandler load(HandlerBinding binding) {
        String handler = binding.handler().strip();
        if (!HANDLER.matcher(handler).matches()) {
            throw new BadHandlerBinding("handler", "'" + handler + "' is not a Java handler; expected "
                    + "package.Class::method or package.Class, as Lambda writes it");
        }
        int split = handler.indexOf("::");
        String className = split < 0 ? handler : handler.substring(0, split);
        String methodName = split < 0 ? null : handler.substring(split + 2);
        return load(binding, CodeLoader.open(binding), className, methodName, handler);
    }

    private static JavaHandler load(HandlerBinding binding, URLClassLoader loader, String className, String methodName,
            String handler) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            List<String> classes = CodeLoader.classNames(binding);
            throw new BadHandlerBinding("handler", "no class " + className + " in " + binding.codeAsWritten()
                    + NearestName.in(classes, className).map(c -> " (did you mean '" + c + "'?)").orElse("")
                    + (classes.isEmpty() ? "; it holds no classes" : ""), e);
        } catch (ExceptionInInitializerError e) {
            throw new BadHandlerBinding("handler", "class " + className + " does not load: its static initialiser "
                    + "threw " + e.getCause(), e);
        } catch (LinkageError e) {
            throw new BadHandlerBinding("handler", "class " + className + " does not load: " + e, e);
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return new JavaHandler(binding, loader, JavaEntryPoint.find(type, methodName, handler));
        } catch (LinkageError e) {
            throw new BadHandlerBinding("handler", "class " + className + " does not load: " + e, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The same code on a new class loader: its classes loaded and initialised anew, for one execution environment. */
    @Override
    public LambdaFunction newEnvironment() {
        String handler = binding.handler().strip();
        int split = handler.indexOf("::");
        URLClassLoader fresh = new URLClassLoader(loader.getName(), loader.getURLs(), loader.getParent());
        try {
            return load(binding, fresh, split < 0 ? handler : handler.substring(0, split),
                    split < 0 ? null : handler.substring(split + 2), handler);
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
        VirtualContext context = new VirtualContext(attempt, functionName, binding.memoryMb());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Object reply = entry.call(event, context);
            return new LambdaReply.Returned(binding.after(), reply, context.log());
        } catch (JavaEntryPoint.HandlerThrew threw) {
            Throwable cause = threw.getCause();
            return new LambdaReply.Failed(binding.after(), cause.getClass().getName(),
                    Objects.toString(cause.getMessage(), ""), context.log());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public String toString() {
        return binding.runtime() + " handler " + binding.handler() + " from " + binding.codeAsWritten();
    }
}
