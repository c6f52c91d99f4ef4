using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Lexicon;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Facts;

/// <summary>
/// The family's state (GUIDE.md E1) from names in English or Spanish and USPS codes in capitals. Names that are also
/// words or people's names ("Georgia", "Virginia", Spanish "nevada") and codes that are words ("IN", "OR", "LA") need
/// a place word before them or the whole message; "we moved from Ohio to Georgia" is Georgia; "not Indiana" is not.
/// </summary>
internal sealed partial class StateReader
{
    private readonly Dictionary<string, string> codeByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> codeByAnswerCity = new(StringComparer.Ordinal);
    private readonly HashSet<string> codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> codesThatAreWords;
    private readonly HashSet<string> lowerCaseCodesThatAreWords;
    private readonly HashSet<string> namesThatAreWords;
    private readonly Regex names;
    private readonly Regex? cities;
    private readonly PhraseSet placeBefore;
    private readonly PhraseSet notAfter;

    public StateReader()
        : this(LexiconFile.ReadAll<StatesDocument>("states.json").Select(d => d.Document).ToList())
    {
    }

    public StateReader(IReadOnlyList<StatesDocument> documents)
    {
        foreach (var document in documents)
        {
            foreach (var (code, list) in document.Names)
            {
                codes.Add(code);
                foreach (var name in list.Select(TextNormalizer.Normalize).Where(n => n.Length > 0))
                {
                    codeByName.TryAdd(name, code);
                }
            }
            foreach (var (code, list) in document.AnswerCities)
            {
                foreach (var city in list.Select(TextNormalizer.Normalize).Where(n => n.Length > 0))
                {
                    codeByAnswerCity.TryAdd(city, code);
                }
            }
        }
        codesThatAreWords = [.. documents.SelectMany(d => d.CodesThatAreWords)];
        lowerCaseCodesThatAreWords = [.. codesThatAreWords, .. documents.SelectMany(d => d.LowerCaseCodesThatAreWords)];
        namesThatAreWords = [.. documents.SelectMany(d => d.NamesThatAreWords).Select(TextNormalizer.Normalize)];
        names = PhrasePattern.Warm(new Regex(@"(?<![\w'])(" + string.Join("|", codeByName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\w'])",
            PhrasePattern.SmallOptions, PhrasePattern.Timeout));
        cities = codeByAnswerCity.Count == 0 ? null : PhrasePattern.Warm(new Regex(@"(?<![\w'])(" + string.Join("|", codeByAnswerCity.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\w'])",
            PhrasePattern.SmallOptions, PhrasePattern.Timeout));
        placeBefore = PhrasePattern.Compile(documents.SelectMany(d => d.PlaceWords)).AtEnd();
        notAfter = PhrasePattern.Compile(documents.SelectMany(d => d.NotAfter)).AtStart();
    }

    /// <summary>
    /// The USPS code of a whole answer to "which state?" ("Texas", "tx", "IN", "Nuevo México"), or null. A city that names
    /// one state only answers it too ("Houston", "we're in san antonio"): asked for the state, that is where the family is.
    /// </summary>
    public string? ReadAnswer(string raw)
    {
        var normalized = TextNormalizer.Normalize(raw);
        var trimmed = AnswerFiller().Replace(normalized, "").Trim();
        if (codeByName.TryGetValue(trimmed, out var byName))
        {
            return byName;
        }
        var upper = trimmed.ToUpperInvariant();
        if (trimmed.Length == 2 && codes.Contains(upper) && (raw.Contains(upper, StringComparison.Ordinal) || !codesThatAreWords.Contains(upper)))
        {
            return upper;
        }
        return Read([new Clause(raw, normalized, 0)], wholeMessage: normalized)
            ?? codeByAnswerCity.GetValueOrDefault(AnswerFiller().Replace(trimmed, "").Trim());
    }

    /// <summary>
    /// A state typed where a person's name is asked ("Ohio", "TX", "we're in Texas", "vivimos en Georgia"): the whole
    /// answer is a state, less a lead-in. A name people also have ("Georgia", "Virginia") and a city ("Austin") count only
    /// after a lead-in, and a name with a place ("Ana Rivera from Ohio") is a name.
    /// </summary>
    public string? NameFieldPlace(string raw)
    {
        var normalized = TextNormalizer.Normalize(raw);
        var trimmed = AnswerFiller().Replace(normalized, "").Trim();
        var ledIn = trimmed != normalized;
        if (codeByName.TryGetValue(trimmed, out var byName))
        {
            return ledIn || !namesThatAreWords.Contains(trimmed) ? byName : null;
        }
        var upper = trimmed.ToUpperInvariant();
        if (trimmed.Length == 2 && codes.Contains(upper) && raw.Contains(upper, StringComparison.Ordinal))
        {
            return upper;
        }
        return ledIn ? codeByAnswerCity.GetValueOrDefault(trimmed) : null;
    }

    /// <summary>The state the stating clauses name, or null.</summary>
    public string? Read(IReadOnlyList<Clause> clauses, string wholeMessage)
    {
        var candidates = new List<(string Code, bool From, bool Current)>();
        var shouting = IsShouting(clauses);
        for (var index = 0; index < clauses.Count; index++)
        {
            var clause = clauses[index];
            if (!clause.States)
            {
                continue;
            }
            // "4th grade in austin tx", "we're in houston, tx": typed on a phone, a code comes in lower case after a city.
            foreach (Match m in LowerCode().Matches(clause.Raw))
            {
                var code = m.Value.ToUpperInvariant();
                if (!codes.Contains(code) || lowerCaseCodesThatAreWords.Contains(code))
                {
                    continue;
                }
                var before = TextNormalizer.Normalize(clause.Raw[..m.Index]);
                var after = TextNormalizer.Normalize(clause.Raw[(m.Index + m.Length)..]);
                var cityBefore = before.Length > 0 ? before
                    : index > 0 && clauses[index - 1].SentenceIndex == clause.SentenceIndex ? clauses[index - 1].Normalized : "";
                var movedFrom = candidates.Count > 0 && candidates[^1].From;
                if (NegatedBefore().IsMatch(before) || !(after.Length == 0 || AfterCode().IsMatch(after))
                    || PlaceBeforeCity(cityBefore, movedFrom) is not { } place)
                {
                    continue;
                }
                candidates.Add((code, FromBefore().IsMatch(place), CurrentBefore().IsMatch(place)));
            }
            foreach (Match m in names.Matches(clause.Normalized))
            {
                var before = Tail(clause.Normalized[..m.Index]);
                var after = clause.Normalized[(m.Index + m.Length)..];
                if (notAfter.IsMatch(after.TrimStart()) || NegatedBefore().IsMatch(before))
                {
                    continue;
                }
                var isWord = namesThatAreWords.Contains(m.Value);
                // "2nd grade, reading and math, Nevada": a name alone in its clause is a place; so is the state after "from X to".
                var placed = placeBefore.IsMatch(before) || clause.Normalized == m.Value
                    || (candidates.Count > 0 && candidates[^1].From && (before.EndsWith(" to", StringComparison.Ordinal) || before.EndsWith(" a", StringComparison.Ordinal)));
                if (isWord && !placed && wholeMessage != m.Value)
                {
                    continue;
                }
                candidates.Add((codeByName[m.Value], FromBefore().IsMatch(before), CurrentBefore().IsMatch(before)));
            }
            // "we live in Phoenix", "vivimos en Houston": a city that names one state only, where the family lives, is
            // that state ("we moved from Phoenix", "Phoenix Elementary", "born in Houston" are not).
            foreach (Match m in cities?.Matches(clause.Normalized) ?? Enumerable.Empty<Match>())
            {
                var before = Tail(clause.Normalized[..m.Index]);
                var after = clause.Normalized[(m.Index + m.Length)..];
                var movedTo = candidates.Count > 0 && candidates[^1].From && (before.TrimEnd().EndsWith(" to", StringComparison.Ordinal) || before.TrimEnd().EndsWith(" a", StringComparison.Ordinal));
                if ((LivesIn().IsMatch(before) || movedTo) && !FromBefore().IsMatch(before) && !NegatedBefore().IsMatch(before) && !notAfter.IsMatch(after.TrimStart()))
                {
                    candidates.Add((codeByAnswerCity[m.Value], false, true));
                }
            }
            if (shouting)
            {
                continue;
            }
            foreach (Match m in Code().Matches(clause.Raw))
            {
                var code = m.Value;
                if (!codes.Contains(code))
                {
                    continue;
                }
                var before = Tail(TextNormalizer.Normalize(clause.Raw[..m.Index]));
                var cityComma = CityComma().IsMatch(clause.Raw[..m.Index]);
                // "we live in Columbus OH", "from Dayton OH to Atlanta GA": a code in capitals right after a capitalized city
                // after a place word, no comma ("in the meeting OK" is no city).
                var cityPlaced = false;
                if (!placeBefore.IsMatch(before) && !cityComma && CapitalizedCity().Match(clause.Raw[..m.Index]) is { Success: true } city
                    && !city.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => notAfter.IsMatch(TextNormalizer.Normalize(w))))
                {
                    var place = Tail(TextNormalizer.Normalize(clause.Raw[..city.Index]));
                    var movedTo = candidates.Count > 0 && candidates[^1].From && (place.EndsWith(" to", StringComparison.Ordinal) || place.EndsWith(" a", StringComparison.Ordinal));
                    if (placeBefore.IsMatch(place) || movedTo)
                    {
                        before = place;
                        cityPlaced = true;
                    }
                }
                var placed = placeBefore.IsMatch(before) || cityComma || cityPlaced;
                if (NegatedBefore().IsMatch(before) || (codesThatAreWords.Contains(code) && !placed && TextNormalizer.Normalize(clause.Raw) != code.ToLowerInvariant()))
                {
                    continue;
                }
                var after = clause.Raw[(m.Index + m.Length)..].Trim(' ', '.', '!', ',', ')');
                if (!placed && !(after.Length == 0 && LooksLikePlace(before)))
                {
                    continue;
                }
                candidates.Add((code, FromBefore().IsMatch(before), CurrentBefore().IsMatch(before)));
            }
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        // "we moved from Ohio to Georgia": the state they came from is not where they are.
        return candidates.FirstOrDefault(c => c.Current).Code ?? candidates.FirstOrDefault(c => !c.From).Code ?? candidates[^1].Code;
    }

    /// <summary>
    /// What comes before a lower-case code's city, when it ends with a place word: "in tx", "in austin tx", "here in san
    /// antonio tx", "from raleigh nc to atlanta ga" (at most three words of a city, none a school's, a street's or a
    /// number); null when the code follows no place.
    /// </summary>
    private string? PlaceBeforeCity(string before, bool movedFrom)
    {
        var words = Tail(before).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var city = 0; city <= Math.Min(3, words.Length - 1); city++)
        {
            var cityWords = string.Join(' ', words[^city..]);
            if (city > 0 && (notAfter.IsMatch(cityWords) || cityWords.Any(char.IsDigit)))
            {
                return null;
            }
            var place = string.Join(' ', words[..^city]);
            if (placeBefore.IsMatch(place) || (movedFrom && (place.EndsWith(" to", StringComparison.Ordinal) || place.EndsWith(" a", StringComparison.Ordinal))))
            {
                return place;
            }
        }
        return null;
    }

    /// <summary>The last few words before a match: all a place word or a negation needs, and bounded work.</summary>
    private static string Tail(string before) => before.Length <= 40 ? before : before[^40..];

    /// <summary>A code counts without a place word only at the end of a short clause ("TX", "here in houston TX").</summary>
    private static bool LooksLikePlace(string before) => before.Length == 0 || before.Split(' ').Length <= 3;

    private static bool IsShouting(IReadOnlyList<Clause> clauses)
    {
        var letters = clauses.SelectMany(c => c.Raw).Where(char.IsLetter).ToList();
        return letters.Count > 8 && letters.Count(char.IsUpper) > letters.Count * 0.6;
    }

    /// <summary>One to three capitalized words ending the text: "Columbus ", "San Antonio ", "Fort Wayne ".</summary>
    [GeneratedRegex(@"(?<![\w'])(?:\p{Lu}[\p{Ll}'.-]+\s+){1,3}$")]
    private static partial Regex CapitalizedCity();

    [GeneratedRegex(@"(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![\p{L}\p{N}'])[a-z]{2}(?![\p{L}\p{N}'])", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCode();

    /// <summary>What may follow a lower-case code in its clause: nothing, or the next thing said ("in austin tx and she...").</summary>
    [GeneratedRegex(@"^(and|but|so|area|to|last|this|now|since|for|y|pero|desde|hace|ahora)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AfterCode();

    [GeneratedRegex(@"[A-Z][\p{L}.'-]+(\s+[A-Z][\p{L}.'-]+)*,\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CityComma();

    [GeneratedRegex(@"\b(not|no|isnt|wasnt|nor|instead of|ni)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedBefore();

    [GeneratedRegex(@"\b(from|moved from|came from|used to live in|we were in|old school in|previous school in|desde|venimos de|nos mudamos de|mudamos de|nos cambiamos de|vivíamos en|viviamos en)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FromBefore();

    /// <summary>Words that say the family lives in the place after them (a city names a state only after these).</summary>
    [GeneratedRegex(@"\b(we live in|we re in|we are in|i live in|im in|i m in|live in|living in|here in|based in|located in|moved to|now in|vivimos en|vivo en|estamos en|estoy en|radicamos en|aqui en|aca en|nos mudamos a|nos cambiamos a)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LivesIn();

    [GeneratedRegex(@"\b(moved to|now in|now live in|we now live in|we live in|we re in|were in|live in|vivimos en|nos mudamos a|nos cambiamos a|ahora estamos en|ahora vivimos en)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentBefore();


    [GeneratedRegex(@"^(we live in|we are in|were in|we re in|im in|i m in|i live in|in|the state of|state of|its|it s|vivimos en|estamos en|en|es|el estado de)\s+|\s+(state|estado|please|por favor|i think|creo)$", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerFiller();
}
