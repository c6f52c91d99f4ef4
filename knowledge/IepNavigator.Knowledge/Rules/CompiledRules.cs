using NRules;
using NRules.Fluent;

namespace IepNavigator.Knowledge.Rules;

/// <summary>The rules of this assembly compiled once per process into a thread-safe session factory.</summary>
internal static class CompiledRules
{
    private static readonly Lazy<ISessionFactory> Compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ISessionFactory SessionFactory => Compiled.Value;

    /// <summary>The loaded rule definitions (for tests that check every rule's step exists).</summary>
    public static RuleRepository LoadRepository()
    {
        var repository = new RuleRepository();
        // Rules are internal: they are an implementation detail, the catalog is the public face.
        repository.Load(spec => spec.From(typeof(CompiledRules).Assembly).PrivateTypes(true));
        return repository;
    }

    private static ISessionFactory Compile() => LoadRepository().Compile();
}
