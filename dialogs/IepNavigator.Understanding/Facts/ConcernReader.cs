using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Lexicon;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Facts;

/// <summary>
/// Areas of concern from plain words (content/concerns.json, GUIDE.md E9): "dyslexia" is reading, "barely talks"
/// speech-language, "can't focus" attention. Phrases that only look like an area ("in writing", "speech therapist",
/// "talk to the principal") are masked first; an area said to be fine ("reading is fine") does not count.
/// </summary>
internal sealed partial class ConcernReader
{
    private static readonly Dictionary<string, ConcernArea> AreaNames = Enum.GetValues<ConcernArea>()
        .ToDictionary(a => IepNavigator.Knowledge.KnowledgeJson.EnumName(a), a => a, StringComparer.Ordinal);

    private readonly List<(ConcernArea Area, PhraseSet Pattern)> areas = [];
    private readonly PhraseSet notConcerns;
    private readonly List<(ConcernArea Area, PhraseSet Pattern)> answerAreas = [];
    private readonly List<(ConcernArea Area, PhraseSet Pattern)> wholePhrases = [];

    public ConcernReader()
        : this(LexiconFile.ReadAll<ConcernsDocument>("concerns.json").Select(d => d.Document).ToList())
    {
    }

    public ConcernReader(IReadOnlyList<ConcernsDocument> documents)
    {
        foreach (var (name, area) in AreaNames)
        {
            var phrases = documents.SelectMany(d => d.Areas.GetValueOrDefault(name) ?? []).ToList();
            areas.Add((area, PhrasePattern.Compile(phrases)));
            if (documents.SelectMany(d => d.AnswerAreas.GetValueOrDefault(name) ?? []).ToList() is { Count: > 0 } answerOnly)
            {
                answerAreas.Add((area, PhrasePattern.Compile(answerOnly)));
            }
            if (documents.SelectMany(d => d.WholePhrases.GetValueOrDefault(name) ?? []).ToList() is { Count: > 0 } whole)
            {
                wholePhrases.Add((area, PhrasePattern.Compile(whole)));
            }
        }
        notConcerns = PhrasePattern.Compile(documents.SelectMany(d => d.NotConcerns));
    }

    /// <summary>The areas one clause names, in contract order.</summary>
    /// <param name="next">The clause after it in the same sentence, if any: "he can read" followed by "but doesnt
    /// understand it" names the skill as a difficulty, not a strength.</param>
    public IReadOnlyList<ConcernArea> Read(string normalized, string? next = null)
    {
        // "cannot read" and "can not read" are "cant read", the way the vocabulary spells it.
        normalized = normalized.Replace("cannot ", "cant ", StringComparison.Ordinal).Replace("can not ", "cant ", StringComparison.Ordinal);
        // A phrase that only looks like an area is masked, unless the child is said to be unable to do it: "write a letter"
        // is no concern ("can you write a letter"), "he cant write a letter to save his life" is one.
        var masked = notConcerns.Replace(normalized, m => UnableBefore().IsMatch(normalized[..m.Index]) ? m.Value : new string('_', m.Length));
        // A whole phrase names its own area and hides the words inside it, so "lo q escribe no se le entiende" is no speech concern.
        var found = new List<ConcernArea>();
        foreach (var (area, pattern) in wholePhrases)
        {
            masked = pattern.Replace(masked, m =>
            {
                if (!found.Contains(area))
                {
                    found.Add(area);
                }
                return new string('_', m.Length);
            });
        }
        foreach (var (area, pattern) in areas)
        {
            foreach (Match m in pattern.Matches(masked))
            {
                if (!found.Contains(area) && !SaidFine(masked, m, next))
                {
                    found.Add(area);
                    break;
                }
            }
        }
        return [.. AreaNames.Values.Where(found.Contains)];
    }

    /// <summary>
    /// The areas an answer to the concerns question names: the words of <see cref="Read"/> and those that name an area only
    /// when the concerns were asked ("reading and focus mostly"), in contract order.
    /// </summary>
    public IReadOnlyList<ConcernArea> ReadAnswer(string normalized)
    {
        var found = Read(normalized).ToHashSet();
        foreach (var (area, pattern) in answerAreas)
        {
            if (pattern.Matches(normalized).Any(m => !SaidFine(normalized, m, null)))
            {
                found.Add(area);
            }
        }
        return [.. AreaNames.Values.Where(found.Contains)];
    }

    private static bool SaidFine(string text, Match m, string? next)
    {
        var before = m.Index <= 40 ? text[..m.Index] : text[(m.Index - 40)..m.Index];
        // "no behavior problems", "never had any behavior issues": a problem phrase the parent denies is no concern.
        // "reads fine but cant do a word problem": the skill done well is a strength.
        return FineAfter().IsMatch(text[(m.Index + m.Length)..]) || FineBefore().IsMatch(before)
            || (SkillVerb().IsMatch(m.Value) && DoneWellAfter().IsMatch(text[(m.Index + m.Length)..]) && !NotBefore().IsMatch(before))
            || (ProblemWord().IsMatch(m.Value) && DeniedBefore().IsMatch(before))
            || (AbleBefore().IsMatch(before) && !NegatedPhrase().IsMatch(m.Value) && !(next is not null && ButNotUnderstood().IsMatch(next)));
    }

    // "he can read but doesn't understand it", "puede leer pero no entiende lo que lee": the skill is there in name only.
    [GeneratedRegex(@"^(but|pero|though|although|aunque)\s(he|she|they|it|el|ella)?\s?(still\s)?(doesnt|dont|does not|do not|cant|cannot|can not|never|barely|hardly|no|not)\s(really\s)?(understand|understands|comprehend|comprehends|get|gets|remember|remembers|retain|retains|recall|entiende|comprende|recuerda|se acuerda)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ButNotUnderstood();

    // "he can read, cant write", "sí lee pero no escribe": a skill the child has is a strength, not a concern —
    // unless a negation or a hedge comes before it ("I don't think he can read", "no sé si lee", "apenas puede leer"); so is
    // the skill joined to it ("sabe sumar y restar", "he can read and write").
    [GeneratedRegex(@"(?<!\b(no|not|dont|doesnt|didnt|never|barely|hardly|nunca|apenas|casi no|if|whether)\b.*)\b(can|can already|already can|si|ya|puede|si puede|ya puede|sabe|si sabe|ya sabe)\s([a-z]+\s(and|y|e)\s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AbleBefore();

    // "ya no quiere ir a la escuela": "ya" before a phrase that is itself a negation means "no longer", no strength.
    [GeneratedRegex(@"^(no|not|dont|doesnt|cant|never|nunca|ya no)\s", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedPhrase();

    // "he cant write a letter", "she still cant even write a note": the child's inability, not the parent's own ("i cant write
    // a letter" is the parent asking for help).
    [GeneratedRegex(@"(?<!\b(i|we|i really|i just)\s)\b(cant|couldnt|cant even|still cant|cant really|is unable to|isnt able to|not able to|doesnt know how to)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex UnableBefore();

    [GeneratedRegex(@"^(reads|writes|talks|speaks|spells|counts|reading|writing|talking|speaking|spelling)$", RegexOptions.CultureInvariant)]
    private static partial Regex SkillVerb();

    [GeneratedRegex(@"^\s(just\s|really\s|totally\s)?(fine|ok|okay|well|great|on grade level|at grade level|above grade level)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DoneWellAfter();

    [GeneratedRegex(@"\b(not|never|doesnt|dont|didnt|cant|isnt|barely|hardly|no)\s+(\S+\s+){0,1}$", RegexOptions.CultureInvariant)]
    private static partial Regex NotBefore();

    [GeneratedRegex(@"\b(problems?|issues?|incidents?|concerns?|problemas?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProblemWord();

    [GeneratedRegex(@"\b(no|not any|never any|never had any|never had|zero|without|ningun|ninguna|no hay|no tiene)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex DeniedBefore();

    [GeneratedRegex(@"^\s(is|are|was|has been|seems|esta|estan|va)\s(fine|ok|okay|good|great|not a problem|not an issue|never been a problem|bien|muy bien)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FineAfter();

    [GeneratedRegex(@"\b(strong|avid|fluent|good|great|good at|great at|good in|great in|well in|did great in|does great in|did well in|does well in|doing great in|doing well in|strong in|strong at|excels in|excels at|fine in|fine with|no problem with|no problems with|no issues with|not worried about|no concerns about|not a|loves|love|enjoys|likes|gifted in|advanced in|ahead in|ahead of grade in|bien en|le encanta|le encantan|le gusta|le gustan|avanzado en|avanzada en|adelantado en|adelantada en|excelente en|buena en|bueno en|sin problemas de|ningun problema de|ningun problema con|no hay problemas de|no hay problemas con|no tiene problemas de|no tiene problemas con|no me preocupa)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex FineBefore();
}
