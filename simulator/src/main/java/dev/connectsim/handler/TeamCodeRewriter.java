package dev.connectsim.handler;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a class of a team's code, as its class loader defines it, so that what it asks of the JVM's clock, sleep,
 * randomness, environment and standard streams is answered by its execution environment through
 * {@link TeamCodeHooks}: the JVM has one environment and one clock for all, a Lambda function has its own.
 *
 * <p>Rewritten: {@code System.currentTimeMillis}, {@code System.nanoTime}, {@code new Date()}, {@code now()} and
 * {@code now(ZoneId)} of the java.time types, {@code Clock.systemUTC/systemDefaultZone/system},
 * {@code ZoneId.systemDefault}, {@code TimeZone.getDefault}, {@code Thread.sleep}, {@code TimeUnit.sleep},
 * {@code new Random()}, {@code Math.random}, {@code StrictMath.random}, {@code UUID.randomUUID},
 * {@code System.getenv}, reads of {@code System.out} and {@code System.err}, and {@code System.exit},
 * {@code Runtime.exit} and {@code Runtime.halt} (which would end connect-sim's JVM: they end the invocation instead).
 *
 * <p>Design note: each call site becomes a call of the hook with the same arguments plus the calling class (a
 * class constant), so the stack at every branch target is as before and the class's stack map frames stay valid;
 * only the maximum stack grows, which ASM works out. A no-argument constructor of {@code Random} or {@code Date}
 * becomes the one taking a seed or a time, the value pushed just before it. A method reference to one of these
 * ({@code Instant::now}, {@code Random::new}) points instead at a private static bridge method added to the class,
 * whose one call is rewritten as any other. A class with none of these is defined unchanged, byte for byte.
 * Reflection and method handles looked up at run time are not rewritten, nor classes older than Java 5 (which
 * cannot load a class constant).
 */
final class TeamCodeRewriter {

    private static final String HOOKS = Type.getInternalName(TeamCodeHooks.class);
    private static final String CLASS = "Ljava/lang/Class;";
    private static final List<String> NOW_TYPES = List.of("Instant", "LocalDate", "LocalTime", "LocalDateTime",
            "ZonedDateTime", "OffsetDateTime", "OffsetTime", "Year", "YearMonth", "MonthDay");

    /** Calls replaced by a hook taking the same arguments (the receiver first for an instance method) and the class. */
    private static final Map<String, Hook> CALLS = new HashMap<>();

    private record Hook(String name, String descriptor) {}

    static {
        call("java/lang/System.currentTimeMillis()J", "currentTimeMillis", "()J");
        call("java/lang/System.nanoTime()J", "nanoTime", "()J");
        call("java/lang/System.getenv(Ljava/lang/String;)Ljava/lang/String;", "getenv",
                "(Ljava/lang/String;)Ljava/lang/String;");
        call("java/lang/System.getenv()Ljava/util/Map;", "getenv", "()Ljava/util/Map;");
        call("java/time/Clock.systemUTC()Ljava/time/Clock;", "systemUTC", "()Ljava/time/Clock;");
        call("java/time/Clock.systemDefaultZone()Ljava/time/Clock;", "systemDefaultZone", "()Ljava/time/Clock;");
        call("java/time/Clock.system(Ljava/time/ZoneId;)Ljava/time/Clock;", "system",
                "(Ljava/time/ZoneId;)Ljava/time/Clock;");
        call("java/time/ZoneId.systemDefault()Ljava/time/ZoneId;", "systemDefault", "()Ljava/time/ZoneId;");
        call("java/util/TimeZone.getDefault()Ljava/util/TimeZone;", "getDefault", "()Ljava/util/TimeZone;");
        call("java/lang/Thread.sleep(J)V", "sleep", "(J)V");
        call("java/lang/Thread.sleep(JI)V", "sleep", "(JI)V");
        call("java/lang/Thread.sleep(Ljava/time/Duration;)V", "sleep", "(Ljava/time/Duration;)V");
        call("java/util/concurrent/TimeUnit.sleep(J)V", "sleep", "(Ljava/util/concurrent/TimeUnit;J)V");
        call("java/lang/Math.random()D", "random", "()D");
        call("java/lang/StrictMath.random()D", "random", "()D");
        call("java/util/UUID.randomUUID()Ljava/util/UUID;", "randomUUID", "()Ljava/util/UUID;");
        call("java/lang/System.exit(I)V", "exit", "(I)V");
        call("java/lang/Runtime.exit(I)V", "exit", "(Ljava/lang/Runtime;I)V");
        call("java/lang/Runtime.halt(I)V", "exit", "(Ljava/lang/Runtime;I)V");
    }

    private static void call(String target, String hook, String descriptor) {
        int close = descriptor.indexOf(')');
        CALLS.put(target, new Hook(hook, descriptor.substring(0, close) + CLASS + descriptor.substring(close)));
    }

    private TeamCodeRewriter() {
    }

    /** The class {@code bytes} rewritten, or {@code bytes} themselves when nothing in it needs rewriting. */
    static byte[] rewrite(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        Rewriting rewriting = new Rewriting(writer);
        reader.accept(rewriting, 0);
        return rewriting.changed ? writer.toByteArray() : bytes;
    }

    private static final class Rewriting extends ClassVisitor {

        private Type self;
        private boolean isInterface;
        private boolean canLoadClassConstant;
        private boolean changed;
        /** Bridges to add for method references, by the handle they stand for. */
        private final Map<Handle, Handle> bridges = new LinkedHashMap<>();

        Rewriting(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            self = Type.getObjectType(name);
            isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
            canLoadClassConstant = (version & 0xFFFF) >= Opcodes.V1_5;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            return canLoadClassConstant ? new CallSites(next) : next;
        }

        @Override
        public void visitEnd() {
            bridges.forEach(this::writeBridge);
            super.visitEnd();
        }

        /** The handle of a bridge standing for {@code target}, added to the class at its end. */
        private Handle bridgeFor(Handle target) {
            return bridges.computeIfAbsent(target, t -> {
                changed = true;
                return new Handle(Opcodes.H_INVOKESTATIC, self.getInternalName(), "connectsim$hook$" + bridges.size(),
                        bridgeDescriptor(t), isInterface);
            });
        }

        private void writeBridge(Handle target, Handle bridge) {
            MethodVisitor body = new CallSites(super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC
                    | Opcodes.ACC_SYNTHETIC, bridge.getName(), bridge.getDesc(), null, null));
            body.visitCode();
            if (target.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
                body.visitTypeInsn(Opcodes.NEW, target.getOwner());
                body.visitInsn(Opcodes.DUP);
            }
            int slot = 0;
            for (Type argument : Type.getArgumentTypes(bridge.getDesc())) {
                body.visitVarInsn(argument.getOpcode(Opcodes.ILOAD), slot);
                slot += argument.getSize();
            }
            body.visitMethodInsn(opcode(target), target.getOwner(), target.getName(), target.getDesc(),
                    target.isInterface());
            body.visitInsn(Type.getReturnType(bridge.getDesc()).getOpcode(Opcodes.IRETURN));
            body.visitMaxs(0, 0);
            body.visitEnd();
        }

        private final class CallSites extends MethodVisitor {

            CallSites(MethodVisitor next) {
                super(Opcodes.ASM9, next);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                if (opcode == Opcodes.GETSTATIC && owner.equals("java/lang/System")
                        && (name.equals("out") || name.equals("err"))) {
                    hook(name, "(" + CLASS + ")Ljava/io/PrintStream;");
                    return;
                }
                super.visitFieldInsn(opcode, owner, name, descriptor);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                    boolean isInterface) {
                Hook hook = opcode == Opcodes.INVOKESPECIAL ? null : CALLS.get(owner + "." + name + descriptor);
                if (hook != null) {
                    hook(hook.name(), hook.descriptor());
                } else if (opcode == Opcodes.INVOKESTATIC && name.equals("now") && isNowType(owner)
                        && descriptor.startsWith("()")) {
                    hook("systemDefaultZone", "(" + CLASS + ")Ljava/time/Clock;");
                    super.visitMethodInsn(opcode, owner, name, "(Ljava/time/Clock;)L" + owner + ";", false);
                } else if (opcode == Opcodes.INVOKESTATIC && name.equals("now") && isNowType(owner)
                        && descriptor.startsWith("(Ljava/time/ZoneId;)")) {
                    hook("system", "(Ljava/time/ZoneId;" + CLASS + ")Ljava/time/Clock;");
                    super.visitMethodInsn(opcode, owner, name, "(Ljava/time/Clock;)L" + owner + ";", false);
                } else if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") && descriptor.equals("()V")
                        && owner.equals("java/util/Random")) {
                    hook("randomSeed", "(" + CLASS + ")J");
                    super.visitMethodInsn(opcode, owner, name, "(J)V", false);
                } else if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") && descriptor.equals("()V")
                        && owner.equals("java/util/Date")) {
                    hook("currentTimeMillis", "(" + CLASS + ")J");
                    super.visitMethodInsn(opcode, owner, name, "(J)V", false);
                } else {
                    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                    Object... arguments) {
                Object[] rewritten = arguments.clone();
                for (int i = 0; i < rewritten.length; i++) {
                    if (rewritten[i] instanceof Handle handle && isHooked(opcode(handle), handle.getOwner(),
                            handle.getName(), handle.getDesc())) {
                        rewritten[i] = bridgeFor(handle);
                    }
                }
                super.visitInvokeDynamicInsn(name, descriptor, bootstrap, rewritten);
            }

            private void hook(String name, String descriptor) {
                changed = true;
                super.visitLdcInsn(self);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, name, descriptor, false);
            }

        }
    }

    /** True for a call this class rewrites. */
    private static boolean isHooked(int opcode, String owner, String name, String descriptor) {
        if (opcode == Opcodes.INVOKESPECIAL) {
            return name.equals("<init>") && descriptor.equals("()V")
                    && (owner.equals("java/util/Random") || owner.equals("java/util/Date"));
        }
        return CALLS.containsKey(owner + "." + name + descriptor) || opcode == Opcodes.INVOKESTATIC
                && name.equals("now") && isNowType(owner)
                && (descriptor.startsWith("()") || descriptor.startsWith("(Ljava/time/ZoneId;)"));
    }

    private static boolean isNowType(String owner) {
        return owner.startsWith("java/time/") && NOW_TYPES.contains(owner.substring("java/time/".length()));
    }

    /** The instruction a method handle stands for (a constructor's is INVOKESPECIAL after NEW), or -1. */
    private static int opcode(Handle handle) {
        return switch (handle.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            default -> -1;
        };
    }

    /** The static method type of a bridge for {@code target}: a constructor returns what it creates. */
    private static String bridgeDescriptor(Handle target) {
        Type type = Type.getMethodType(target.getDesc());
        return switch (target.getTag()) {
            case Opcodes.H_NEWINVOKESPECIAL -> Type.getMethodDescriptor(Type.getObjectType(target.getOwner()),
                    type.getArgumentTypes());
            case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKEINTERFACE -> {
                Type[] arguments = new Type[type.getArgumentTypes().length + 1];
                arguments[0] = Type.getObjectType(target.getOwner());
                System.arraycopy(type.getArgumentTypes(), 0, arguments, 1, arguments.length - 1);
                yield Type.getMethodDescriptor(type.getReturnType(), arguments);
            }
            default -> target.getDesc();
        };
    }
}
