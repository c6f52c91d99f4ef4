using System.Text.RegularExpressions;
using IepNavigator.Understanding.Lexicon;

namespace IepNavigator.Understanding.Facts;

/// <summary>
/// Sentence shapes (content/facts.json shapeSubjects, shapeNo, shapeYes): a service or provider beside a verb of not
/// happening, in either order, in one clause, read where no fixed phrase of the fact is told (Understanding README).
/// </summary>
internal sealed partial class PhraseFactReader
{
    /// <summary>Words at most between a shape's subject and its verb: one clause's noun phrase ("the para they promised at the IEP mtg got moved").</summary>
    private const int ShapeReach = 6;

    /// <summary>
    /// The first verb of <paramref name="verbs"/> not negated just before it ("hasnt missed" is no miss) that has a
    /// <paramref name="subjects"/> word at most <see cref="ShapeReach"/> words before or after it in the clause.
    /// </summary>
    /// <remarks>Without subjects (after a promise that names what is owed: "his speech is supposed to be 1 on 1 but theyve been
    /// lumping him into a group of 6") the verb alone is enough.</remarks>
    private static Match? ShapeMatch(PhraseSet? subjects, PhraseSet verbs, string text)
    {
        var nouns = subjects?.Matches(text).ToList();
        if (nouns is { Count: 0 })
        {
            return null;
        }
        foreach (var verb in verbs.Matches(text))
        {
            if (NegationBefore().IsMatch(Tail(text[..verb.Index])))
            {
                continue;
            }
            if (nouns is null)
            {
                return verb;
            }
            foreach (var noun in nouns)
            {
                var between = noun.Index + noun.Length <= verb.Index ? text[(noun.Index + noun.Length)..verb.Index]
                    : verb.Index + verb.Length <= noun.Index ? text[(verb.Index + verb.Length)..noun.Index]
                    : "";
                if (between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShapeReach)
                {
                    return verb;
                }
            }
        }
        return null;
    }
}
