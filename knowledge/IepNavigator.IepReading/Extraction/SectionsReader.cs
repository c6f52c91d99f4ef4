using System.Text.RegularExpressions;
using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Model;
using IepNavigator.IepReading.Sections;
using IepNavigator.IepReading.Text;

namespace IepNavigator.IepReading.Extraction;

/// <summary>Present levels, accommodations, progress reporting and the transition plan.</summary>
internal static partial class SectionsReader
{
    /// <summary>A present levels section with fewer words than this says too little to set baselines from.</summary>
    public const int ShortPresentLevels = 40;

    public static PresentLevels PresentLevels(ReadingContext context)
    {
        var sections = context.Of(IepSection.PresentLevels).ToList();
        if (sections.Count == 0)
        {
            return new PresentLevels(false, null, 0.8, 0);
        }
        int words = sections.SelectMany(s => s.Lines.Skip(1)).Sum(i => context.Lines[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
            + sections.Sum(s => SectionFinder.HeadingOf(context, s.Start)?.Remainder.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0);
        return new PresentLevels(true, context.Lines[sections[0].Start].At, sections[0].Emphasised ? 0.95 : 0.85, words);
    }

    public static List<ReadAccommodation> Accommodations(ReadingContext context)
    {
        var found = new List<ReadAccommodation>();
        foreach (var section in context.Of(IepSection.Accommodations))
        {
            var heading = SectionFinder.HeadingOf(context, section.Start);
            var items = new List<(string Text, int Line)>();
            if (heading is { Colon: true, Remainder.Length: > 3 } && heading.Remainder.Split(' ').Length >= 2)
            {
                items.Add((heading.Remainder, section.Start));
            }
            foreach (int i in section.Lines.Skip(1))
            {
                var line = context.Lines[i];
                if (Header(context, line))
                {
                    continue;
                }
                // Each ticked box of a checklist is one accommodation; a row of a table is one with its details.
                var parts = line.Cells.Count > 1 && line.Cells.Count(c => Checkboxes.HasMark(c, context.Words)) > 1 ? line.Cells.ToList() : [line.Text];
                foreach (var part in parts)
                {
                    if (Checkboxes.HasMark(part, context.Words) && Checkboxes.NoneTicked(part, context.Words))
                    {
                        continue;
                    }
                    var text = Checkboxes.KeepChecked(part, context.Words);
                    text = Bullet().Replace(text, "").Trim(' ', ';', '|');
                    if (text.Length < 4)
                    {
                        continue;
                    }
                    bool continues = items.Count > 0 && !line.TableRow && parts.Count == 1 && !Bullet().IsMatch(line.Text)
                        && (char.IsLower(text[0]) || !items[^1].Text.TrimEnd().EndsWith('.') && items[^1].Text.Length > 60 && line.Text.Length > 0 && char.IsLower(text[0]));
                    if (continues)
                    {
                        items[^1] = (items[^1].Text + " " + text, items[^1].Line);
                    }
                    else
                    {
                        items.Add((text, i));
                    }
                }
            }
            foreach (var (text, line) in items)
            {
                var vague = CompiledVocabulary.Find(context.Words.Vague, Fold.Text(text));
                found.Add(new ReadAccommodation(text, vague.Success, vague.Success ? text.Substring(vague.Index, vague.Length) : null,
                    context.Lines[line].At, section.Emphasised ? 0.9 : 0.8));
            }
        }
        return found;
    }

    /// <summary>A table header row of an accommodations table ("Accommodation | Frequency | Location").</summary>
    private static bool Header(ReadingContext context, Documents.DocumentLine line) =>
        line.Cells.Count > 1 && line.Cells.All(c => c.Split(' ').Length <= 3) && line.Cells.Count(c =>
            CompiledVocabulary.Find(context.Words.Headings[3].Regex, Fold.Text(c)).Success
            || CompiledVocabulary.Find(context.Words.AnchoredLabels["frequency"], Fold.Text(c)).Success
            || CompiledVocabulary.Find(context.Words.AnchoredLabels["location"], Fold.Text(c)).Success) >= 2;

    public static ProgressReporting Progress(ReadingContext context)
    {
        // The progress section first, then anywhere (many forms say it inside each goal).
        var order = context.Of(IepSection.ProgressReporting).SelectMany(s => s.Lines)
            .Concat(Enumerable.Range(0, context.Lines.Count)).Distinct().ToList();
        var inSection = context.Of(IepSection.ProgressReporting).SelectMany(s => s.Lines).ToHashSet();
        for (int n = 0; n < order.Count; n++)
        {
            int i = order[n];
            var text = context.Lines[i].Text;
            // A heading or label may keep its answer on the next lines (a sentence wrapped over lines).
            if (inSection.Contains(i) || CompiledVocabulary.Find(context.Words.ProgressWords, context.Folded[i]).Success)
            {
                for (int next = i + 1; next < Math.Min(i + 3, context.Lines.Count); next++)
                {
                    text += " " + context.Lines[next].Text;
                }
            }
            var folded = Fold.Text(Checkboxes.KeepChecked(text, context.Words));
            bool progress = inSection.Contains(i) || CompiledVocabulary.Find(context.Words.ProgressWords, folded).Success;
            if (!progress)
            {
                continue;
            }
            var method = CompiledVocabulary.Find(context.Words.ProgressMethods, folded);
            int? times = null;
            string? words = null;
            foreach (var (perYear, regex) in context.Words.ProgressFrequencies)
            {
                var match = CompiledVocabulary.Find(regex, folded);
                if (match.Success)
                {
                    times = perYear;
                    words = match.Value;
                    break;
                }
            }
            var grading = CompiledVocabulary.Find(context.Words.ProgressWithGrading, folded);
            if (grading.Success && words is null)
            {
                words = grading.Value;
            }
            if (!method.Success && words is null)
            {
                continue;
            }
            return new ProgressReporting(true, method.Success ? method.Value : null, times, words, context.Lines[i].At, inSection.Contains(i) ? 0.9 : 0.75);
        }
        return new ProgressReporting(false, null, null, null, null, 0.75);
    }

    public static TransitionPlan Transition(ReadingContext context, int? age)
    {
        if (age is < 14)
        {
            return new TransitionPlan(TransitionStatus.NotYetDue, age, false, false, false, null, 0.9);
        }
        var lines = context.Of(IepSection.Transition).SelectMany(s => s.Lines).ToList();
        if (lines.Count == 0)
        {
            return new TransitionPlan(age is null ? TransitionStatus.AgeUnknown : TransitionStatus.Missing, age, false, false, false, null, 0.8);
        }
        var folded = string.Join('\n', lines.Select(i => Fold.Text(Checkboxes.KeepChecked(context.Lines[i].Text, context.Words))));
        bool Has(string part) => CompiledVocabulary.Find(context.Words.TransitionParts[part], folded).Success;
        return new TransitionPlan(TransitionStatus.Present, age,
            Has("postsecondaryGoals"), Has("transitionServices"), Has("courseOfStudy"), context.Lines[lines[0]].At, 0.85);
    }

    [GeneratedRegex(@"^\s*(?:[•\-*▪·‣◦]|\d{1,2}[.)])\s*")]
    private static partial Regex Bullet();
}
