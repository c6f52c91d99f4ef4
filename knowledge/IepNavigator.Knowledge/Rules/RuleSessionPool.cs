using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using Microsoft.Extensions.ObjectPool;
using NRules;

namespace IepNavigator.Knowledge.Rules;

/// <summary>
/// Sessions of the compiled rule set, reused call after call: a session's network memory (alpha and beta memories, node
/// metrics, agenda) is built on its first call, not on every call. A call inserts one case's facts, fires, takes the
/// recommendations from the session's <see cref="RecommendationCollector"/> (they are not facts) and retracts what it inserted.
/// A session goes back to the pool only when it is empty again (no fact, nothing on the agenda), so no fact of one family
/// can reach another family's advice; a session whose call threw is dropped. Thread-safe: a session serves one call at a time.
/// </summary>
internal sealed class RuleSessionPool
{
    private readonly ObjectPool<ReusedSession> pool;
    private int created;

    public RuleSessionPool(ISessionFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        pool = new DefaultObjectPool<ReusedSession>(new Policy(factory, this), Environment.ProcessorCount * 2);
    }

    /// <summary>Sessions created so far (tests: a session dropped after an error is replaced, not reused).</summary>
    public int Created => Volatile.Read(ref created);

    /// <summary>What the rules recommend for one case, in the order they fired.</summary>
    public List<Recommendation> Fire(CaseFacts facts, CaseContext context, IReadOnlyList<Deadline> deadlines)
    {
        var session = pool.Get();
        // Returned only after a clean call: an exception leaves the session to the garbage collector.
        var recommendations = session.Fire(facts, context, deadlines);
        if (session.Clear())
        {
            pool.Return(session);
        }
        return recommendations;
    }

    private sealed class Policy(ISessionFactory factory, RuleSessionPool owner) : IPooledObjectPolicy<ReusedSession>
    {
        public ReusedSession Create()
        {
            Interlocked.Increment(ref owner.created);
            return new ReusedSession(factory.CreateSession());
        }

        public bool Return(ReusedSession session) => true;
    }

    /// <summary>One session, its collector, and what the current call put into it.</summary>
    private sealed class ReusedSession
    {
        private readonly ISession session;
        private readonly List<object> inserted = [];
        private readonly RecommendationCollector collector = new();
        // The context stays in the session from call to call while it is the same (most calls of a day): no family's
        // fact is in it, and inserting and retracting it walked every rule that joins it, twice a call.
        private CaseContext? context;

        public ReusedSession(ISession session)
        {
            this.session = session;
            // The rules' Then().Recommend(...) finds this session's collector through the resolver.
            session.DependencyResolver = collector;
        }

        public List<Recommendation> Fire(CaseFacts facts, CaseContext context, IReadOnlyList<Deadline> deadlines)
        {
            if (this.context is { } kept && !kept.SameAs(context))
            {
                session.Retract(kept);
                this.context = null;
            }
            inserted.Add(facts);
            if (this.context is null)
            {
                session.Insert(context);
                this.context = context;
            }
            // The clocks as one fact, not one per deadline: a fact walks its type's conditions on insert and on retract.
            // None when no clock is open (the rules that need a clock absent say Not<CaseClocks>).
            if (deadlines.Count > 0)
            {
                inserted.Add(new CaseClocks(deadlines));
            }
            session.InsertAll(inserted);
            try
            {
                session.Fire();
                return collector.Recommended();
            }
            finally
            {
                collector.Clear();
            }
        }

        /// <summary>Retracts the call's facts; true when nothing but the context is left.</summary>
        public bool Clear()
        {
            session.RetractAll(inserted);
            inserted.Clear();
            if (!session.Agenda.IsEmpty)
            {
                return false;
            }
            foreach (var fact in session.Query<object>())
            {
                if (!ReferenceEquals(fact, context))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
