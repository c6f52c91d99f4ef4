using NRules;
using NRules.Fluent;

namespace IepNavigator.Knowledge.Rules;

/// <summary>
/// The rules of this assembly compiled into a thread-safe session factory. AddKnowledge registers it as a DI singleton;
/// compiling takes seconds, so every container (and <c>new Advisor()</c>) in a process shares the one compilation.
/// </summary>
internal sealed class CompiledRules
{
    private static readonly Lazy<CompiledRules> Shared = new(() => new CompiledRules(new RuleCompiler().Compile(MergedConditions.Of(LoadRepository().GetRules()))), LazyThreadSafetyMode.ExecutionAndPublication);

    private CompiledRules(ISessionFactory sessionFactory) => SessionFactory = sessionFactory;

    /// <summary>The process's one compilation.</summary>
    public static CompiledRules Once => Shared.Value;

    public ISessionFactory SessionFactory { get; }

    /// <summary>The loaded rule definitions (for tests that check every rule's step exists).</summary>
    public static RuleRepository LoadRepository()
    {
        var repository = new RuleRepository();
        // Rules are internal: they are an implementation detail, the catalog is the public face.
        repository.Load(spec => spec.From(typeof(CompiledRules).Assembly).PrivateTypes(true));
        return repository;
    }
}
