using System.Text.RegularExpressions;

namespace IepNavigator.Understanding.Text;

/// <summary>One clause of a message, raw and normalized (<see cref="TextNormalizer"/>), with what kind of saying it is.</summary>
internal sealed record Clause(string Raw, string Normalized, int SentenceIndex)
{
    /// <summary>Asks something ("can they refuse to test him", "¿cuánto tiempo tienen?"): states no fact.</summary>
    public bool IsQuestion { get; init; }

    /// <summary>"if they suspend him again", "si lo vuelven a suspender": states no fact.</summary>
    public bool IsHypothetical { get; init; }

    /// <summary>About someone else's child or the news ("my friend's son", "I read that..."): states no fact about this family.</summary>
    public bool IsAboutOthers { get; init; }

    /// <summary>About a child someone else raises that the parent asks for ("my nephew has adhd", "asking for my cousin:"): one of <see cref="IsAboutOthers"/>.</summary>
    public bool IsAboutAnotherParentsChild { get; init; }

    /// <summary>An intention, not an event ("I'm going to ask", "voy a pedir"): no event happened yet.</summary>
    public bool IsIntention => IntentionAt >= 0;

    /// <summary>Where the intention starts in <see cref="Normalized"/>, or -1: an act told before it did happen
    /// ("I requested an evaluation and they told me I have to wait").</summary>
    public int IntentionAt { get; init; } = -1;

    /// <summary>
    /// Asks the assistant for a letter ("write the letter about the deadline they missed", "redacta la carta"): a command,
    /// so it states no fact ("write" is not a writing concern, "carta" not a request in writing).
    /// </summary>
    public bool IsLetterRequest { get; init; }

    /// <summary>A statement about this family: facts may be read from it.</summary>
    public bool States => !IsQuestion && !IsHypothetical && !IsAboutOthers && !IsLetterRequest;
}

/// <summary>
/// Splits a parent's message into sentences and clauses, so a question or a hypothetical sets nothing while the
/// statement beside it does ("We live in Georgia. How long does the school have?"). Cue words live in
/// content/clauses.json (English and Spanish, merged).
/// </summary>
internal sealed partial class MessageText
{
    /// <summary>Longer messages are read only up to here: a 10 kB paste is not a chat message, and reading stays bounded.</summary>
    public const int MaxLength = 4000;

    private readonly ClauseCues cues;
    private readonly Spelling? spelling;

    /// <param name="spelling">One-typo tolerance for the clauses' normalized text (the fact readers'); null reads words as typed.</param>
    public MessageText(ClauseCues cues, Spelling? spelling = null)
    {
        this.cues = cues;
        this.spelling = spelling;
    }

    public IReadOnlyList<Clause> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }
        var clauses = new List<Clause>();
        var sentenceIndex = 0;
        var messageNormalized = TextNormalizer.Normalize(text);
        var forOthers = cues.AsksForOthers(messageNormalized);
        foreach (var sentence in Sentences(text))
        {
            var endsWithQuestion = sentence.TrimEnd().EndsWith('?') || sentence.TrimStart().StartsWith('¿');
            var parts = ClauseBreak().Split(sentence).Where(p => TextNormalizer.Normalize(p).Length > 0).ToList();
            var sentenceNormalized = TextNormalizer.Normalize(sentence);
            var anotherParentsChild = forOthers || cues.AboutRelativesChild(sentenceNormalized, messageNormalized);
            var aboutOthers = anotherParentsChild || cues.AboutOthers(sentenceNormalized);
            var hypotheticalCarry = false;
            for (var i = 0; i < parts.Count; i++)
            {
                var raw = parts[i];
                var normalized = TextNormalizer.Normalize(raw);
                if (spelling is not null)
                {
                    normalized = spelling.Correct(normalized);
                }
                var startsQuestion = cues.StartsQuestion(raw, normalized, endsWithQuestion);
                var last = i == parts.Count - 1;
                // A question mark marks its own clause; the statements before it in the sentence still state.
                var question = startsQuestion || (last && endsWithQuestion);
                // "if he gets suspended again, he'll be over 10 days": the consequence is as hypothetical as the "if".
                var next = last ? null : TextNormalizer.Normalize(parts[i + 1]);
                var hypothetical = hypotheticalCarry || cues.IsHypothetical(raw, normalized, next);
                hypotheticalCarry = hypothetical;
                clauses.Add(new Clause(raw.Trim(), normalized, sentenceIndex)
                {
                    IsQuestion = question,
                    IsHypothetical = hypothetical,
                    IsAboutOthers = aboutOthers,
                    IsAboutAnotherParentsChild = anotherParentsChild,
                    IntentionAt = cues.IntentionAt(normalized),
                });
            }
            sentenceIndex++;
        }
        return clauses;
    }

    /// <summary>
    /// The clause cut before an "and" / "y" that opens a question of its own ("they said hes too young and can they make me
    /// wait"): what it tells, then what it asks (a question); null when no such "and" is in it.
    /// </summary>
    public (Clause Told, Clause Asked)? SplitBeforeQuestion(Clause clause, Func<string, bool> asksAfterJoin)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(asksAfterJoin);
        foreach (Match join in InnerJoin().Matches(clause.Raw))
        {
            var told = clause.Raw[..join.Index].Trim();
            var asked = clause.Raw[(join.Index + join.Length)..].Trim();
            var askedNormalized = Normalized(asked);
            if (TextNormalizer.Normalize(told).Length == 0 || !asksAfterJoin(askedNormalized))
            {
                continue;
            }
            var toldNormalized = Normalized(told);
            return (clause with { Raw = told, Normalized = toldNormalized, IntentionAt = cues.IntentionAt(toldNormalized) },
                clause with { Raw = asked, Normalized = askedNormalized, IsQuestion = true, IntentionAt = cues.IntentionAt(askedNormalized) });
        }
        return null;
    }

    private string Normalized(string raw)
    {
        var normalized = TextNormalizer.Normalize(raw);
        return spelling is null ? normalized : spelling.Correct(normalized);
    }

    // " and " / " y " inside a clause (", and" and ", y" too): where a question told after a statement may start.
    [GeneratedRegex(@",?\s+(?:and|y)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InnerJoin();

    /// <summary>Sentences: split after . ! ? and at line breaks, but not after "Mrs." or inside "3.5" or an email address.</summary>
    private IEnumerable<string> Sentences(string text)
    {
        var pending = "";
        foreach (var piece in SentenceBreak().Split(text))
        {
            if (piece.Length == 0)
            {
                continue;
            }
            var candidate = pending.Length == 0 ? piece : pending + " " + piece;
            if (AbbreviationAtEnd().IsMatch(candidate))
            {
                pending = candidate;
                continue;
            }
            pending = "";
            yield return candidate;
        }
        if (pending.Length > 0)
        {
            yield return pending;
        }
    }

    // After ., ! or ? (and any closing quotes) followed by a space; or at a line break or a semicolon.
    [GeneratedRegex(@"(?<=[.!?…]+[""')\]]*)\s+|\s*[\r\n;]+\s*|(?<=\S)\s*¿", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(mr|mrs|ms|dr|sr|sra|srta|st|prof|lic|mx|jr|vs|etc|e\.g|i\.e|u\.s)\.$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationAtEnd();

    // Commas, dashes and the conjunctions that start a new saying ("..., but", "..., so", "y luego").
    [GeneratedRegex(@"\s*[,:]\s+(?=\p{L})(?-i:(?![A-Z]{2}\b))|\s+[-–—]+\s+|\s+(?=(?:but|then|and then|because|pero|entonces|y luego|porque|aunque|although|though)\s)|\s+(?=so\s+(?:i|we|he|she|they|now|the|my|what|how|can|should|do|is|that|it|im|hes|shes)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();
}
