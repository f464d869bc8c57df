package io.github.commissioningvfm.vfm.engine;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.cea.CeaStrategy;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import io.github.commissioningvfm.vfm.sroi.SroiStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A registry of value-for-money strategies, and the place to evaluate appraisals.
 *
 * <pre>{@code
 * VfmEngine engine = VfmEngine.standard();
 * CbaResult cba = engine.evaluate(appraisal, "cba", CbaResult.class);   // no cast
 * BatchResult batch = engine.evaluateAll(List.of(a1, a2), List.of("cba", "roi"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe if their strategies are.
 */
public final class VfmEngine {

  private final Map<String, VfmStrategy<?>> strategies;
  private final List<String> order;

  private VfmEngine(Map<String, VfmStrategy<?>> registered) {
    this.strategies = Map.copyOf(registered);
    this.order = List.copyOf(registered.keySet());
  }

  /**
   * The engine with the built-in strategies: {@code cba} (Green Book standard discounting),
   * {@code roi} (undiscounted), {@code cea} (every effect measure, Green Book health discounting of
   * effects) and {@code sroi}.
   *
   * @return the engine
   */
  public static VfmEngine standard() {
    return builder().registerBuiltIns().build();
  }

  /**
   * An empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The registered ids, in registration order.
   *
   * @return the ids
   */
  public List<String> ids() {
    return order;
  }

  /**
   * The strategy of an id.
   *
   * @param id the id
   * @return the strategy
   * @throws StrategyNotFoundException listing the registered ids if there is none
   */
  public VfmStrategy<?> strategy(String id) {
    VfmStrategy<?> s = strategies.get(Args.notNull(id, "id"));
    if (s == null) {
      throw new StrategyNotFoundException(id, order);
    }
    return s;
  }

  /**
   * Evaluates one appraisal with one strategy; failures propagate.
   *
   * @param appraisal the appraisal
   * @param strategyId the strategy's id
   * @return the result
   */
  public VfmResult evaluate(Appraisal appraisal, String strategyId) {
    Args.notNull(appraisal, "appraisal");
    return strategy(strategyId).evaluate(appraisal);
  }

  /**
   * Evaluates one appraisal with one strategy and returns the strategy's own result type.
   *
   * @param <R> the result type
   * @param appraisal the appraisal
   * @param strategyId the strategy's id
   * @param resultType the class of the strategy's results, e.g. {@code CbaResult.class}
   * @return the result
   * @throws IllegalArgumentException if the strategy's results are not of that type
   */
  public <R extends VfmResult> R evaluate(Appraisal appraisal, String strategyId, Class<R> resultType) {
    Args.notNull(resultType, "resultType");
    VfmStrategy<?> s = strategy(strategyId);
    if (!resultType.isAssignableFrom(s.resultType())) {
      throw new IllegalArgumentException("Strategy '" + strategyId + "' returns " + s.resultType().getSimpleName()
          + ", not " + resultType.getSimpleName());
    }
    return resultType.cast(evaluate(appraisal, strategyId));
  }

  /**
   * Evaluates every appraisal with every strategy. A failure (including an unknown strategy id or a
   * null appraisal) is recorded in its cell and the batch goes on.
   *
   * @param appraisals the appraisals
   * @param strategyIds the strategy ids
   * @return one cell per appraisal and strategy, appraisal-major
   */
  public BatchResult evaluateAll(List<Appraisal> appraisals, List<String> strategyIds) {
    Args.notNull(appraisals, "appraisals");
    Args.noNullElements(strategyIds, "strategyIds");
    List<BatchCell> cells = new ArrayList<>();
    for (int i = 0; i < appraisals.size(); i++) {
      Appraisal a = appraisals.get(i);
      String name = a == null ? "(appraisal " + i + ")" : a.name();
      for (String id : strategyIds) {
        try {
          if (a == null) {
            throw new NullPointerException("Appraisal " + i + " of the batch is null");
          }
          cells.add(new BatchCell.Success(name, id, strategy(id).evaluate(a)));
        } catch (Exception e) {
          cells.add(BatchCell.Failure.of(name, id, e));
        }
      }
    }
    return new BatchResult(cells);
  }

  /**
   * Evaluates every appraisal with every registered strategy.
   *
   * @param appraisals the appraisals
   * @return one cell per appraisal and strategy
   */
  public BatchResult evaluateAll(List<Appraisal> appraisals) {
    return evaluateAll(appraisals, order);
  }

  /** Registers strategies; refuses duplicate ids. */
  public static final class Builder {
    private final Map<String, VfmStrategy<?>> strategies = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Registers a strategy.
     *
     * @param strategy the strategy
     * @return this builder
     * @throws IllegalArgumentException naming both classes if the id is already registered
     */
    public Builder register(VfmStrategy<?> strategy) {
      Args.notNull(strategy, "strategy");
      String id = Args.notBlank(strategy.id(), "strategy.id()");
      VfmStrategy<?> existing = strategies.get(id);
      if (existing != null) {
        throw new IllegalArgumentException("Duplicate value-for-money strategy id '" + id + "': "
            + existing.getClass().getName() + " and " + strategy.getClass().getName());
      }
      strategies.put(id, strategy);
      return this;
    }

    /**
     * Registers the built-in strategies {@code cba}, {@code roi}, {@code cea} and {@code sroi}.
     *
     * @return this builder
     */
    public Builder registerBuiltIns() {
      return register(CbaStrategy.greenBook()).register(RoiStrategy.undiscounted())
          .register(CeaStrategy.standard()).register(SroiStrategy.greenBook());
    }

    /**
     * Registers every strategy listed in {@code META-INF/services/io.github.commissioningvfm.vfm.spi.VfmStrategy}
     * visible to the thread's context class loader.
     *
     * @return this builder
     */
    public Builder discoverStrategies() {
      return discoverStrategies(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Registers every strategy listed in the services files visible to a class loader.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder discoverStrategies(ClassLoader loader) {
      for (VfmStrategy<?> s : ServiceLoader.load(VfmStrategy.class, loader)) {
        register(s);
      }
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     */
    public VfmEngine build() {
      return new VfmEngine(strategies);
    }
  }
}
