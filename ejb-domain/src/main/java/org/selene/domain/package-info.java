/**
 * The domain: one package per bounded context, {@code @Stateless} services over PostgreSQL.
 *
 * <p>Configuration is injected, the MicroProfile way: {@code @Inject @ConfigProperty(name = ...)}
 * for a variable with a fixed name (its default, if any, in {@code defaultValue}), the injected
 * {@code Config} where the names are computed from an enum ({@code LimitQuotas},
 * {@code AccountSessionService}) or handed to plain code ({@code SecretsPolicy} through
 * {@code DatabaseMigration}). Injection reads a value when the bean is created, like the
 * {@code @PostConstruct} methods that derive settings from it; nothing reads configuration at
 * call time, so {@code ConfigProvider.getConfig()} is not used.
 */
package org.selene.domain;
