using System.Globalization;

namespace IepNavigator.IepReading.Corpus;

/// <summary>
/// Pages that long IEPs carry after the plan itself (a safeguards notice, a progress-monitoring log), written so they
/// hold no goal, service or date for the reader to find. Deterministic: the same index gives the same page.
/// </summary>
public static class Filler
{
    private static readonly string[] Sentences =
    [
        "Parents have the right to inspect and review all education records relating to their child.",
        "A copy of the notice of procedural safeguards is given to parents once a school year and upon request.",
        "Parents may request mediation or file a written complaint with the state education agency.",
        "The district keeps a record of parties obtaining access to education records collected or maintained.",
        "Parents may ask for an independent educational evaluation if they disagree with an evaluation by the district.",
        "Information in this notice is provided in the native language of the parent unless it is clearly not feasible.",
    ];

    public static IEnumerable<Block> Blocks(int index)
    {
        yield return new HeadingBlock(1, index % 2 == 0 ? "Procedural Safeguards Notice (attachment)" : "Procedural Safeguards Notice (continued)");
        for (int p = 0; p < 6; p++)
        {
            var sentences = Enumerable.Range(0, 5).Select(s => Sentences[(index * 7 + p * 3 + s) % Sentences.Length]);
            yield return new ParagraphBlock(string.Join(' ', sentences) + " Reference " + (index * 10 + p).ToString(CultureInfo.InvariantCulture) + ".");
        }
    }
}
