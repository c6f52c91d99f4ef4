using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.Knowledge.Advising;

/// <summary>
/// The NRules advisor: computes the case's deadlines, inserts facts into a fresh session of the once-compiled
/// rule set, fires, and assembles the recommendations into ordered next steps. Thread-safe; register as a singleton.
/// </summary>
public sealed class Advisor : IAdvisor
{
    private readonly KnowledgeContent content;
    private readonly DeadlineCalculator deadlines;
    private readonly AdviceAssembler assembler;
    private readonly MissingFactsFinder missingFacts;
    private readonly WarningWriter warnings;

    /// <summary>An advisor over the embedded content.</summary>
    public Advisor()
        : this(new StepCatalogue())
    {
    }

    internal Advisor(StepCatalogue steps)
    {
        content = KnowledgeContent.Default;
        deadlines = new DeadlineCalculator(content.Timelines, content.Calendar, new DeadlineRuleWriter(content.Phrases));
        assembler = new AdviceAssembler(steps, new ReasonRenderer(steps, content.Phrases));
        missingFacts = new MissingFactsFinder(content.Questions);
        warnings = new WarningWriter(content.Phrases, content.Timelines);
        _ = CompiledRules.SessionFactory; // compile at start-up, not on the first question
    }

    /// <inheritdoc />
    public Advice Advise(CaseFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var context = new CaseContext(today, content.Policy, content.Timelines.Find(facts.State) is not null);
        var open = deadlines.Compute(facts, today);

        var session = CompiledRules.SessionFactory.CreateSession();
        session.Insert(facts);
        session.Insert(context);
        foreach (var deadline in open)
        {
            session.Insert(deadline);
        }

        session.Fire();
        var recommendations = session.Query<Recommendation>().ToList();

        return new Advice
        {
            Steps = assembler.Assemble(recommendations, facts, context),
            Warnings = warnings.Write(facts, open),
            MissingFacts = missingFacts.Find(facts),
            Disclaimer = content.Phrases.Disclaimer,
        };
    }
}
