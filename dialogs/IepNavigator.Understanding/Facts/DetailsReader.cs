using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.Understanding.Lexicon;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Facts;

/// <summary>
/// Letter details a parent states in passing (GUIDE.md H): the grade from its words, the child's name after "my son" /
/// "mi hijo", emails and phone numbers by their shape, school and district names by their last word ("Lincoln
/// Elementary", "Northside ISD", "Columbus City Schools"; a capitalised "Escuela Primaria" is part of a Spanish school's name,
/// "la escuela Washington" is the common noun), a birth date with its year. Names are read only when written with capitals.
/// </summary>
internal sealed partial class DetailsReader
{
    private readonly List<(string Grade, PhraseSet Pattern)> grades = [];
    private readonly Dictionary<string, string> gradeAnswers = new(StringComparer.Ordinal);
    private readonly Regex childLeadIn;
    private readonly Regex parentLeadIn;
    private readonly Regex principalLeadIn;
    private readonly Regex recipientLeadIn;
    private readonly PhraseSet dateOfBirthLeadIn;
    private readonly HashSet<string> notNames;
    private readonly PhraseSet daughter;
    private readonly PhraseSet son;

    public DetailsReader()
        : this(LexiconFile.ReadAll<DetailsDocument>("details.json").Select(d => d.Document).ToList(),
               LexiconFile.ReadAll<AnswersDocument>("answers.json").Select(d => d.Document).ToList())
    {
    }

    public DetailsReader(IReadOnlyList<DetailsDocument> documents, IReadOnlyList<AnswersDocument> answers)
    {
        foreach (var grade in documents.SelectMany(d => d.Grades.Keys).Distinct(StringComparer.Ordinal))
        {
            grades.Add((grade, PhrasePattern.Compile(documents.SelectMany(d => d.Grades.GetValueOrDefault(grade) ?? []))));
        }
        foreach (var (grade, words) in documents.SelectMany(d => d.GradeAnswers))
        {
            foreach (var word in words)
            {
                gradeAnswers[TextNormalizer.Normalize(word)] = grade;
            }
        }
        childLeadIn = LeadIn(documents.SelectMany(d => d.ChildLeadIns));
        parentLeadIn = LeadIn(documents.SelectMany(d => d.ParentLeadIns));
        principalLeadIn = LeadIn(documents.SelectMany(d => d.PrincipalLeadIns));
        recipientLeadIn = LeadIn(documents.SelectMany(d => d.RecipientLeadIns));
        dateOfBirthLeadIn = PhrasePattern.Compile(documents.SelectMany(d => d.DateOfBirthLeadIns));
        notNames = [.. answers.SelectMany(a => a.NotNames).Select(TextNormalizer.Normalize)];
        daughter = PhrasePattern.Compile(documents.SelectMany(d => d.ChildGender.Female));
        son = PhrasePattern.Compile(documents.SelectMany(d => d.ChildGender.Male));
    }

    /// <summary>
    /// "female" / "male" when the statements name the parent's own child so ("mi hija no lee", "my son has an IEP"); null
    /// when none does or both do (two children). Never from a pronoun: "she" may be the teacher.
    /// </summary>
    public string? ChildGender(IReadOnlyList<Clause> clauses)
    {
        var told = clauses.Where(c => c.States).Select(c => c.Normalized).ToList();
        var female = told.Any(daughter.IsMatch);
        var male = told.Any(son.IsMatch);
        return female == male ? null : female ? ChildGenders.Female : ChildGenders.Male;
    }

    public LetterDetails Read(IReadOnlyList<Clause> clauses, string rawMessage, LetterDetails details)
    {
        foreach (var clause in clauses.Where(c => c.States))
        {
            // "an IEP since kindergarten, he's in 3rd now": the grade the child is in, not the one something started in.
            if (Grade(clause.Normalized) is { } grade && (details.Grade is null || !SinceGrade().IsMatch(clause.Normalized)))
            {
                details = details with { Grade = grade };
            }
            if (details.ChildName is null && NameAfter(childLeadIn, clause.Raw) is { } child)
            {
                details = details with { ChildName = child };
            }
            if (details.ParentName is null && ParentName(clause.Raw) is { } parent)
            {
                details = details with { ParentName = parent };
            }
            if (details.PrincipalName is null && PrincipalName(clause.Raw) is { } principal)
            {
                details = details with { PrincipalName = principal };
            }
            if (details.School is null && SchoolName().Match(clause.Raw) is { Success: true } school)
            {
                details = details with { School = (school.Groups["name"].Success ? school.Groups["name"].Value : school.Value).Trim() };
            }
            if (details.District is null && DistrictName().Match(clause.Raw) is { Success: true } district)
            {
                details = details with { District = (district.Groups["name"].Success ? district.Groups["name"].Value : district.Value).Trim() };
            }
            if (details.ChildDateOfBirth is null && dateOfBirthLeadIn.IsMatch(clause.Normalized)
                && NaturalDateParser.Parse(clause.Raw, new DateOnly(2100, 1, 1)) is { ExplicitYear: true } born)
            {
                details = details with { ChildDateOfBirth = born.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            }
        }
        // Over the whole message: "quiero cambiar a quien va dirigida, es la Sra. María Gómez" spans two clauses.
        if (details.RecipientName is null && RecipientName(rawMessage) is { } recipient)
        {
            details = details with { RecipientName = recipient };
        }
        if (details.ParentEmail is null && Email().Match(rawMessage) is { Success: true } email)
        {
            details = details with { ParentEmail = email.Value };
        }
        if (details.ParentPhone is null && Phone().Match(rawMessage) is { Success: true } phone)
        {
            details = details with { ParentPhone = phone.Value.Trim() };
        }
        return details;
    }

    public string? Grade(string normalized)
    {
        // "reading at a 2nd grade level in 5th grade", "lee a nivel de segundo grado": a level of skill is not the child's grade.
        normalized = SkillLevel().Replace(normalized, " ");
        string? best = null;
        var bestLength = 0;
        foreach (var (grade, pattern) in grades)
        {
            var m = pattern.Match(normalized);
            if (m is not null && m.Length > bestLength)
            {
                best = grade;
                bestLength = m.Length;
            }
        }
        return best;
    }

    /// <summary>
    /// The grade a whole answer to "What grade is your child in?" names by an ordinal alone ("first", "in sexto",
    /// "junior"): words that name no grade anywhere else ("first time", "a junior high").
    /// </summary>
    public string? GradeAnswer(string normalized)
    {
        var answer = normalized.Trim().TrimEnd('.', '!');
        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "in first", "shes in sixth", "esta en sexto": the ordinal after "in" / "en" is the answer.
        var afterIn = Array.FindLastIndex(words, w => w is "in" or "en");
        return gradeAnswers.GetValueOrDefault(answer)
            ?? (afterIn >= 0 && afterIn < words.Length - 1 ? gradeAnswers.GetValueOrDefault(string.Join(' ', words[(afterIn + 1)..])) : null);
    }

    /// <summary>A capitalised name right after a lead-in ("my son Marcus", "his name is Tyler Carter").</summary>
    private string? NameAfter(Regex leadIn, string raw)
    {
        foreach (Match m in leadIn.Matches(raw))
        {
            var rest = raw[(m.Index + m.Length)..];
            var name = CapitalisedName().Match(rest);
            if (name.Success && IsName(name.Groups["name"].Value))
            {
                return name.Groups["name"].Value;
            }
        }
        return null;
    }

    private string? ParentName(string raw) => NameAfter(parentLeadIn, raw);

    private string? PrincipalName(string raw)
    {
        foreach (Match m in principalLeadIn.Matches(raw))
        {
            var rest = raw[(m.Index + m.Length)..];
            var name = Honorific().Match(rest);
            if (name.Success)
            {
                return WithCapitalHonorific(name.Groups["name"].Value.Trim());
            }
        }
        return null;
    }

    /// <summary>The person a letter goes to, after "address it to", "Dear", "a quien va dirigida, es la": with an honorific, or a capitalised name.</summary>
    private string? RecipientName(string raw)
    {
        foreach (Match m in recipientLeadIn.Matches(raw))
        {
            var rest = Article().Replace(raw[(m.Index + m.Length)..], "", 1);
            if (Honorific().Match(rest) is { Success: true } titled)
            {
                return WithCapitalHonorific(titled.Groups["name"].Value.Trim());
            }
            if (CapitalisedName().Match(rest) is { Success: true } name && IsName(name.Groups["name"].Value))
            {
                return name.Groups["name"].Value;
            }
        }
        return null;
    }

    /// <summary>"ms. Okafor" typed on a phone is written "Ms. Okafor" in the letter's greeting.</summary>
    internal static string WithCapitalHonorific(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>Every word of a name is a capitalised word that is not a common word ("He", "The", "Is").</summary>
    public bool IsName(string candidate)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !char.IsLower(w[0])).ToList();
        return words.Count is >= 1 and <= 4 && words.All(w => !notNames.Contains(TextNormalizer.Normalize(w)));
    }

    private static Regex LeadIn(IEnumerable<string> phrases) =>
        PhrasePattern.Warm(new(@"(?<![\p{L}])(" + string.Join("|", phrases.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace(@"\ ", @"[\s']+", StringComparison.Ordinal).Replace("'", "'?", StringComparison.Ordinal))) + @")\s*,?\s*(is\s+|es\s+)?",
            RegexOptions.IgnoreCase | PhrasePattern.SmallOptions, PhrasePattern.Timeout));

    // A name word: "Lily", "Chen-Wong", "O'Brien", "D'Angelo", "McDonald"; particles between words: "de la Cruz".
    [GeneratedRegex(@"^(?<name>(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}['’]\p{Lu}\p{Ll}+)(?:\s+(?:(?:de|del|de la|de los|van|von|van der|da|di|du|le)\s+)?(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}['’]\p{Lu}\p{Ll}+)){0,2})(?![\p{L}'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedName();

    [GeneratedRegex(@"^\s*,?\s*(is\s+|es\s+)?(?<name>((?i:mr|mrs|ms|miss|dr|sra|sr|srta|dra))\.?\s+\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^\s*(the|la|el)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"\b\S+\s+grade\s+(level|equivalent)s?\b|\bgrade\s+level\s+(of\s+)?\S+|\b(like|as)\s+an?\s+\S+\s+grader\b|\bnivel\s+(de\s+)?(un\s+|una\s+)?(nino\s+de\s+|nina\s+de\s+)?\S+(\s+(grado|ano))?\b|\bcomo\s+(de|un\s+nino\s+de|una\s+nina\s+de)\s+\S+(\s+(grado|ano))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex SkillLevel();

    [GeneratedRegex(@"\b(since|desde|back in|starting in|started in|from|en ese entonces|cuando estaba en)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SinceGrade();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)(\+?1[\s.-]?)?(\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(\p{Lu}[\p{L}.'’-]*\s+){1,3}(Elementary|Middle|High|Academy|Primary|Intermediate|Charter|Montessori|Prep|K-8)(\s+School)?\b|\b(Escuela(\s+([Pp]rimaria|[Ss]ecundaria|[Ee]lemental|[Ii]ntermedia|[Pp]reparatoria|[Ss]uperior))?|Preparatoria|Secundaria)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}|\bescuela\s+(?<name>\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex SchoolName();

    [GeneratedRegex(@"(\p{Lu}[\p{L}.'’-]*\s+){1,3}(ISD|USD|CISD|CUSD|School District|Unified|Public Schools|County Schools|City Schools|City School District|Local Schools|Area Schools|Community Schools|Consolidated Schools)\b|\bthe\s+(?<name>\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){0,2})\s+district\b|\b[Dd]istrito\s+(escolar\s+)?(de\s+)?(?<name>\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictName();
}
