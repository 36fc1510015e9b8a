package dev.connectsim.handler.worker;

import dev.connectsim.handler.BadHandlerBinding;
import dev.connectsim.handler.HandlerBinding;
import dev.connectsim.text.NearestName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a Node.js or Python binding's code folder and handler before any worker starts, and words what a worker says
 * when the handler's module does not load, each as one line naming what is wrong and the nearest candidate.
 */
final class HandlerFiles {

    private static final Pattern NODE_HANDLER = Pattern.compile("([\\w./-]*/)?[\\w-]+\\.[\\w$]+(\\.[\\w$]+)*");
    private static final Pattern PYTHON_HANDLER = Pattern.compile("[\\w/]+(\\.\\w+)*\\.\\w+");

    private HandlerFiles() {
    }

    /** Fails with a one-line {@link BadHandlerBinding} when the code folder or the handler's file is not there. */
    static void check(HandlerBinding binding, WorkerLanguage language) {
        Path code = binding.code();
        if (!Files.exists(code)) {
            throw new BadHandlerBinding("code", "no such folder '" + binding.codeAsWritten() + "' ("
                    + code.toAbsolutePath().normalize() + "); expected the function's code: a folder holding its "
                    + (language == WorkerLanguage.NODE ? ".js" : ".py") + " files");
        }
        if (!Files.isDirectory(code)) {
            throw new BadHandlerBinding("code", "'" + binding.codeAsWritten() + "' is not a folder; connect-sim runs "
                    + language.displayName() + " code from a folder (unpack the .zip)");
        }
        String handler = binding.handler().strip();
        Pattern form = language == WorkerLanguage.NODE ? NODE_HANDLER : PYTHON_HANDLER;
        if (!form.matcher(handler).matches() || handler.contains("..")) {
            throw new BadHandlerBinding("handler", "'" + handler + "' is not a " + language.displayName()
                    + " handler; expected " + language.handlerForm() + ", as Lambda writes it");
        }
        List<String> candidates = moduleFiles(handler, language);
        if (candidates.stream().noneMatch(file -> Files.isRegularFile(code.resolve(file)))) {
            List<String> present = sourceFiles(code, language);
            throw new BadHandlerBinding("handler", "no file " + String.join(" or ", candidates) + " in '"
                    + binding.codeAsWritten() + "' for the handler " + handler
                    + NearestName.in(present, candidates.get(0)).map(f -> " (did you mean '" + f + "'?)").orElse("")
                    + (present.isEmpty() ? "; it holds no " + String.join(" or ", extensions(language)) + " file"
                            : ""));
        }
    }

    /** The files the handler's module may be, relative to the code folder, the usual one first. */
    static List<String> moduleFiles(String handler, WorkerLanguage language) {
        if (language == WorkerLanguage.NODE) {
            int slash = handler.lastIndexOf('/');
            String base = handler.substring(slash + 1);
            String module = handler.substring(0, slash + 1) + base.substring(0, base.indexOf('.'));
            return List.of(module + ".js", module + ".mjs", module + ".cjs");
        }
        String module = handler.substring(0, handler.lastIndexOf('.')).replace('.', '/');
        return List.of(module + ".py", module + "/__init__.py");
    }

    /** One line from a worker's reply to {@code init} that says the module did not load, and why. */
    static String loadProblem(HandlerBinding binding, Map<String, Object> reply) {
        String type = Objects.toString(reply.get("errorType"), "Error");
        String message = Objects.toString(reply.get("errorMessage"), "").strip().replace('\n', ' ');
        Object place = reply.get("place");
        String where = place == null ? "" : place + ": ";
        if (type.endsWith("UserCodeSyntaxError")) {
            return "the handler's code has a syntax error: " + where + message;
        }
        if (type.endsWith("HandlerNotFound")) {
            Object exported = reply.get("exported");
            List<String> names = exported instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                    : List.of();
            String handler = binding.handler().strip();
            String prefix = handler.substring(0, handler.lastIndexOf('.') + 1);
            List<String> full = names.stream().map(name -> prefix + name).toList();
            return message + NearestName.in(full, handler).map(h -> " (did you mean '" + h + "'?)").orElse("")
                    + (names.isEmpty() ? "" : "; its functions: " + String.join(", ", names));
        }
        if (type.endsWith("ImportModuleError")) {
            return "the handler's module does not load: " + where + message;
        }
        return "the handler's module throws as it loads: " + where + type + ": " + message;
    }

    private static List<String> extensions(WorkerLanguage language) {
        return language == WorkerLanguage.NODE ? List.of(".js", ".mjs", ".cjs") : List.of(".py");
    }

    private static List<String> sourceFiles(Path code, WorkerLanguage language) {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(code, 3)) {
            walk.filter(Files::isRegularFile).map(path -> code.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("node_modules/"))
                    .filter(name -> extensions(language).stream().anyMatch(name::endsWith))
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
