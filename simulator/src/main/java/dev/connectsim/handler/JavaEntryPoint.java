package dev.connectsim.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.connectsim.text.NearestName;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How to call one Java handler, found as Lambda's Java runtime finds it: a {@link RequestStreamHandler} gets the
 * event's JSON bytes and writes its reply; a {@link RequestHandler}, or a public method taking the event (and
 * optionally a {@link Context}), gets the event bound by Jackson to its input type and returns a value Jackson
 * turns into JSON.
 *
 * <p>Design note: the reply comes back as a JSON value (maps, lists, strings, numbers, booleans, null), the shape
 * the Lambda runtime validates as Connect does. Stream output that is not JSON comes back as its text, which Connect
 * refuses. What the handler throws comes back as {@link HandlerThrew}; an event Jackson cannot bind, or a reply it
 * cannot write, is a function error as in Lambda.
 */
final class JavaEntryPoint {

    /** Lambda's Java runtime ignores event fields the input type does not have. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The handler threw (or its event or reply could not be converted): the cause is what Lambda reports. */
    static final class HandlerThrew extends Exception {

        HandlerThrew(Throwable cause) {
            super(cause);
        }
    }

    private enum Shape { STREAM, EVENT_AND_CONTEXT, EVENT, NOTHING }

    private final Object target;
    private final Method method;
    private final Shape shape;
    private final JavaType input;

    private JavaEntryPoint(Object target, Method method, Shape shape) {
        this.target = target;
        this.method = method;
        this.shape = shape;
        Type parameter = shape == Shape.EVENT || shape == Shape.EVENT_AND_CONTEXT
                ? method.getGenericParameterTypes()[0] : Object.class;
        this.input = MAPPER.getTypeFactory().constructType(parameter);
    }

    /** The entry point of {@code type}, {@code methodName} (null: the handler interface it implements). */
    static JavaEntryPoint find(Class<?> type, String methodName, String handler) {
        Method method;
        Shape shape;
        if (methodName == null || methodName.equals("handleRequest")
                && (RequestStreamHandler.class.isAssignableFrom(type) || RequestHandler.class.isAssignableFrom(type))) {
            if (RequestStreamHandler.class.isAssignableFrom(type)) {
                method = publicMethod(type, "handleRequest", InputStream.class, OutputStream.class, Context.class);
                shape = Shape.STREAM;
            } else if (RequestHandler.class.isAssignableFrom(type)) {
                method = Arrays.stream(type.getMethods())
                        .filter(m -> m.getName().equals("handleRequest") && m.getParameterCount() == 2
                                && m.getParameterTypes()[1] == Context.class)
                        .min(Comparator.comparing(Method::isBridge)).orElseThrow();
                shape = Shape.EVENT_AND_CONTEXT;
            } else {
                throw new BadHandlerBinding("handler", "class " + type.getName() + " implements neither "
                        + "RequestHandler nor RequestStreamHandler; name its method as " + type.getName()
                        + "::<method>" + methodHint(type, ""));
            }
        } else {
            List<Method> named = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(methodName) && !m.isBridge() && !m.isSynthetic())
                    .sorted(Comparator.comparingInt(Method::getParameterCount).reversed()).toList();
            if (named.isEmpty()) {
                throw new BadHandlerBinding("handler", "class " + type.getName() + " has no public method '"
                        + methodName + "'" + methodHint(type, methodName));
            }
            Optional<Method> usable = named.stream().filter(m -> shapeOf(m).isPresent()).findFirst();
            if (usable.isEmpty()) {
                throw new BadHandlerBinding("handler", handler + " takes (" + Arrays.stream(named.get(0)
                        .getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                        + "); expected (event), (event, Context), (InputStream, OutputStream) or (InputStream, "
                        + "OutputStream, Context)");
            }
            method = usable.get();
            shape = shapeOf(method).orElseThrow();
        }
        return new JavaEntryPoint(Modifier.isStatic(method.getModifiers()) ? null : instantiate(type), method, shape);
    }

    /** Calls the handler with {@code event}; returns its reply as a JSON value. */
    Object call(Map<String, Object> event, Context context) throws HandlerThrew {
        try {
            switch (shape) {
                case STREAM -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    InputStream in = new ByteArrayInputStream(MAPPER.writeValueAsBytes(event));
                    if (method.getParameterCount() == 3) {
                        invoke(in, out, context);
                    } else {
                        invoke(in, out);
                    }
                    return fromStream(out.toByteArray());
                }
                case EVENT_AND_CONTEXT -> {
                    return toJson(invoke(bind(event), context));
                }
                case EVENT -> {
                    return toJson(invoke(bind(event)));
                }
                default -> {
                    return toJson(invoke());
                }
            }
        } catch (JsonProcessingException e) {
            throw new HandlerThrew(e);
        }
    }

    private Object bind(Map<String, Object> event) throws HandlerThrew {
        try {
            return MAPPER.convertValue(event, input);
        } catch (IllegalArgumentException e) {
            throw new HandlerThrew(new RuntimeException("An error occurred during JSON parsing: the event does not "
                    + "bind to " + input.toCanonical() + ": " + firstLine(e.getMessage()), e));
        }
    }

    private static Object toJson(Object reply) throws HandlerThrew {
        try {
            return MAPPER.convertValue(reply, Object.class);
        } catch (IllegalArgumentException e) {
            throw new HandlerThrew(new RuntimeException("An error occurred during JSON serialization of response: "
                    + firstLine(e.getMessage()), e));
        }
    }

    private static Object fromStream(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return MAPPER.readValue(bytes, Object.class);
        } catch (IOException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Object invoke(Object... arguments) throws HandlerThrew {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new HandlerThrew(e.getCause());
        } catch (IllegalAccessException e) {
            throw new HandlerThrew(e);
        }
    }

    private static Optional<Shape> shapeOf(Method method) {
        Class<?>[] p = method.getParameterTypes();
        if (p.length >= 2 && p[0] == InputStream.class && p[1] == OutputStream.class
                && (p.length == 2 || p.length == 3 && p[2] == Context.class)) {
            return Optional.of(Shape.STREAM);
        }
        if (p.length == 2 && p[1] == Context.class) {
            return Optional.of(Shape.EVENT_AND_CONTEXT);
        }
        if (p.length == 1) {
            return Optional.of(Shape.EVENT);
        }
        return p.length == 0 ? Optional.of(Shape.NOTHING) : Optional.empty();
    }

    private static Method publicMethod(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " implements RequestStreamHandler without " + name, e);
        }
    }

    private static Object instantiate(Class<?> type) {
        String name = type.getName();
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new BadHandlerBinding("handler", "class " + name + " is abstract; Lambda needs a concrete class with"
                    + " a public no-argument constructor");
        }
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new BadHandlerBinding("handler", "class " + name + " has no public no-argument constructor, which "
                    + "Lambda needs to create the handler", e);
        } catch (InvocationTargetException e) {
            throw new BadHandlerBinding("handler", "class " + name + " could not be created: its constructor threw "
                    + e.getCause(), e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new BadHandlerBinding("handler", "class " + name + " could not be created: " + e, e);
        }
    }

    private static String methodHint(Class<?> type, String wanted) {
        List<String> names = Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !m.isSynthetic())
                .map(Method::getName).distinct().sorted().toList();
        if (names.isEmpty()) {
            return "; it has no public methods";
        }
        return NearestName.in(names, wanted).map(n -> " (did you mean '" + type.getName() + "::" + n + "'?)")
                .orElse("") + "; its public methods: " + String.join(", ", names);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
