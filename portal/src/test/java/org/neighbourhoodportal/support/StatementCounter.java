package org.neighbourhoodportal.support;

import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the statements sent to the database on the calling thread, at the DataSource, so JPA, plain JDBC and the
 * engine's MyBatis are all counted (datasource-proxy wraps the application's DataSource). A batch counts once: it is
 * one round trip. Used by the page budget tests: a list that runs one statement per row fails them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new QueryExecutionListener() {
                @Override
                public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                }

                @Override
                public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                    COUNT.get()[0]++;
                    List<String> seen = SEEN.get();
                    if (seen != null && !queryInfoList.isEmpty()) {
                        seen.add(queryInfoList.get(0).getQuery());
                    }
                }
            }).build();
        }
        return bean;
    }

    /** How many statements the action sent, on this thread. */
    public static int count(Runnable action) {
        return counted(() -> {
            action.run();
            return null;
        }).statements();
    }

    /** The action's result and the statements it sent, on this thread (their SQL, for a failure message). */
    public static <T> Counted<T> counted(Supplier<T> action) {
        int before = COUNT.get()[0];
        List<String> seen = new java.util.ArrayList<>();
        SEEN.set(seen);
        try {
            T result = action.get();
            return new Counted<>(result, COUNT.get()[0] - before, List.copyOf(seen));
        } finally {
            SEEN.remove();
        }
    }

    public record Counted<T>(T result, int statements, List<String> sql) {
    }
}
