package app.stride;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every statement the app sends to the database, at the JDBC level: whatever issues it
 * (Hibernate, a native query, the durability sync). A test wraps what it measures in {@link
 * #count}; a batch counts once, as it is one round trip.
 */
public final class StatementCounter {

    private final List<String> executed = new ArrayList<>();
    private final AtomicBoolean counting = new AtomicBoolean();

    /** Registers the counter and wraps the app's data source with it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds ? counter.getObject().wrap(ds) : bean;
                }
            };
        }
    }

    /** What ran while counting: the statements' SQL, in order. */
    public record Counted(List<String> statements) {
        public int count() {
            return statements.size();
        }

        /** Statements that change data. */
        public List<String> writes() {
            return statements.stream().filter(s -> {
                String verb = s.strip().toLowerCase(Locale.ROOT);
                return verb.startsWith("insert") || verb.startsWith("update") || verb.startsWith("delete")
                        || verb.startsWith("merge");
            }).toList();
        }

        @Override
        public String toString() {
            return count() + " statements:\n  " + String.join("\n  ", statements);
        }
    }

    /** Runs the work and returns the statements it sent, on this or any other thread. */
    public synchronized Counted count(Runnable work) {
        synchronized (executed) {
            executed.clear();
        }
        counting.set(true);
        try {
            work.run();
        } finally {
            counting.set(false);
        }
        synchronized (executed) {
            return new Counted(List.copyOf(executed));
        }
    }

    private void executed(String sql) {
        if (counting.get()) {
            synchronized (executed) {
                executed.add(sql == null ? "(batch)" : sql);
            }
        }
    }

    DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return statement(s, sql, method.getReturnType());
            }
            return result;
        });
    }

    @SuppressWarnings("unchecked")
    private <S extends Statement> S statement(S statement, String preparedSql, Class<?> type) {
        return (S) proxy((Class<Statement>) type, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                executed(sql);
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
