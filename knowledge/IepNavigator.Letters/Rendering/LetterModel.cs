using System.Runtime.CompilerServices;
using Fluid;
using Fluid.Values;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Letters.Rendering;

/// <summary>
/// Builds the values a template sees. A declared field the parent left out is nil (so <c>{% if %}</c> can
/// skip its sentence); a name the letter never declared fails loudly instead of leaving a blank.
/// Values are passed as data: Liquid never parses them, so a parent's "{{ ... }}" stays text.
/// </summary>
internal static class LetterModel
{
    /// <summary>Names the renderer supplies beside the fields.</summary>
    public static readonly IReadOnlySet<string> SuppliedNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "today", "answerBy", "letterTitle", "state", "concerns", "facts", "subject", "deadlineDate", "missedDeadlines",
    };

    // One options object per compiled letter: its Undefined check knows that letter's declared names.
    private static readonly ConditionalWeakTable<CompiledLetter, TemplateOptions> OptionsByLetter = [];

    public static TemplateContext Create(
        CompiledFrame frame,
        CompiledLetter letter,
        IReadOnlyDictionary<string, string> fields,
        CaseFacts facts,
        DateOnly today)
    {
        var options = OptionsByLetter.GetValue(letter, CreateOptions);
        var context = new TemplateContext(options);
        foreach (var field in letter.Template.Fields)
        {
            if (fields.TryGetValue(field.Name, out var value))
            {
                context.SetValue(field.Name, new StringValue(value));
            }
        }

        // Dates and concern names in the letter's language: the frame's.
        var language = frame.Language;
        context.SetValue("today", new StringValue(FactValues.FormatDate(today, language)));
        context.SetValue(
            "answerBy", new StringValue(FactValues.FormatDate(letter.Template.Deadline.DueAfter(today, facts), language)));
        context.SetValue("letterTitle", new StringValue(letter.Template.Title));
        if (facts.State is not null)
        {
            context.SetValue("state", new StringValue(facts.State));
        }

        context.SetValue(
            "concerns",
            new ArrayValue(FactValues.ConcernLabels(facts, frame.ConcernLabels).Select(FluidValue (l) => new StringValue(l)).ToList()));
        context.SetValue("facts", FluidValue.Create(FactValues.ToTemplateValues(facts, frame.ConcernLabels, language), options));
        // The school deadlines already missed, each with its own rule, for a letter that names them (overdue-timeline).
        context.SetValue("missedDeadlines", FluidValue.Create(MissedDeadlines.Find(facts, today, language)
            .Select(d => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = d.Name,
                ["dueBy"] = FactValues.FormatDate(d.DueBy, language),
                ["estimated"] = d.Estimated,
                ["rule"] = d.Rule,
                ["citation"] = d.Citation,
            }).ToList(), options));
        return context;
    }

    private static TemplateOptions CreateOptions(CompiledLetter letter)
    {
        var known = new HashSet<string>(letter.Template.Fields.Select(f => f.Name), StringComparer.Ordinal);
        known.UnionWith(SuppliedNames);
        known.UnionWith(FactValues.Names.Select(n => "facts." + n));
        return new TemplateOptions
        {
            StrictFilters = true,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            Undefined = name => known.Contains(name)
                ? ValueTask.FromResult<FluidValue>(NilValue.Instance)
                : throw new LetterTemplateException(letter.Template.Id, $"uses '{name}', which it does not declare"),
        };
    }
}
