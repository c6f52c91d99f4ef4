using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;
using NRules;

namespace IepNavigator.Knowledge.Advising;

/// <summary>
/// The NRules advisor: computes the case's deadlines, inserts facts into a session of the once-compiled rule set
/// (reused between calls and emptied after each: <see cref="RuleSessionPool"/>), fires, and assembles the
/// recommendations into ordered next steps. Thread-safe; register as a singleton.
/// </summary>
public sealed class Advisor : IAdvisor
{
    private readonly Localized<Writers> writers;
    private readonly MissingFactsFinder missingFacts;
    private readonly RuleSessionPool sessions;

    /// <summary>An advisor over the embedded content.</summary>
    public Advisor()
        : this(new StepCatalog(), CompiledRules.Once)
    {
    }

    /// <summary>The advisor AddKnowledge composes: the catalog and the rule set are the container's singletons.</summary>
    internal Advisor(StepCatalog steps, CompiledRules rules)
        : this(steps, rules.SessionFactory)
    {
    }

    /// <summary>An advisor over any compilation of the rules (tests: one with an action interceptor).</summary>
    internal Advisor(StepCatalog steps, ISessionFactory rules)
    {
        sessions = new RuleSessionPool(rules);
        // The rules and the facts they need are the same in every language; only the sentences differ.
        writers = new Localized<Writers>(language => new Writers(KnowledgeContent.For(language), steps.In(language)));
        missingFacts = new MissingFactsFinder(KnowledgeContent.Default.Questions);
        _ = writers.For(ContentLanguage.English);
    }

    /// <summary>The advisor's reused rule sessions (tests read how many were created).</summary>
    internal RuleSessionPool Sessions => sessions;

    /// <summary>What turns the rules' output into sentences of one language.</summary>
    private sealed class Writers
    {
        public Writers(KnowledgeContent content, StepCatalog steps)
        {
            Content = content;
            var rules = new DeadlineRuleWriter(content.Phrases);
            Deadlines = new DeadlineCalculator(content.Timelines, content.Calendar, rules);
            Assembler = new AdviceAssembler(steps, new ReasonRenderer(steps, content.Phrases, content.Timelines, rules), content.Citations);
            Warnings = new WarningWriter(content.Phrases, content.Timelines);
        }

        public KnowledgeContent Content { get; }
        public DeadlineCalculator Deadlines { get; }
        public AdviceAssembler Assembler { get; }
        public WarningWriter Warnings { get; }
    }

    /// <inheritdoc />
    public Advice Advise(CaseFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var w = writers.Current;
        var content = w.Content;
        var context = new CaseContext(today, content.Policy, content.Timelines.Find(facts.State) is not null);
        var open = w.Deadlines.Compute(facts, today);

        var recommendations = sessions.Fire(facts, context, open);

        return new Advice
        {
            Steps = w.Assembler.Assemble(recommendations, facts, context),
            Warnings = w.Warnings.Write(facts, open),
            MissingFacts = missingFacts.Find(facts),
            Disclaimer = content.Phrases.Disclaimer,
        };
    }
}
