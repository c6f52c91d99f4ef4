using System.Text.RegularExpressions;
using IepNavigator.Understanding.Lexicon;

namespace IepNavigator.Understanding.Tests.Lexicon;

/// <summary>
/// A phrase set runs only the alternatives whose needed words are in the text (<see cref="PhraseIndex"/>); it must find
/// exactly what the whole expression finds: the same first match, the same matches with their number captures, the same
/// replacement. Checked on generated phrases in the phrase language (groups, optionals, stems, gaps, slots, numbers) and
/// generated texts of the same words, with the boundaries a normalized text can hold inside a word ("ot/pt", "k-8").
/// </summary>
public sealed class PhraseIndexTests
{
    private static readonly string[] Vocabulary = ["he", "she", "asked", "ask", "for", "an", "evaluation", "eval", "the", "school", "said", "no", "not", "ot", "pt", "speech", "k", "8", "read", "reading", "they", "suspended", "days", "i", "e"];

    private static readonly Dictionary<string, IReadOnlyList<string>> Slots = new()
    {
        ["school"] = ["the school", "they", "[the] teacher*"],
        ["services"] = ["ot", "pt", "speech", "ot/pt"],
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void IndexedSet_FindsWhatTheWholeExpressionFinds(int seed)
    {
        var random = new Random(seed);
        var checkedTexts = 0;
        var narrowed = 0;
        for (var set = 0; set < 60; set++)
        {
            var phrases = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Phrase(random)).ToList();
            foreach (var phrases2 in new[] { phrases })
            {
                var compiled = PhrasePattern.Compile(phrases2, Slots);
                foreach (var variant in new[] { compiled, compiled.AtStart(), compiled.AtEnd() })
                {
                    for (var t = 0; t < 40; t++)
                    {
                        var text = Text(random);
                        var indexed = Describe(variant, text);
                        var whole = PhraseSet.WithWholeExpressions(() => Describe(variant, text));
                        Assert.True(whole == indexed, $"phrases [{string.Join(" ; ", phrases2)}] text '{text}': whole {whole}, indexed {indexed}");
                        checkedTexts++;
                        narrowed += whole.Contains("match", StringComparison.Ordinal) ? 1 : 0;
                    }
                }
            }
        }
        // The generator must produce matches, or the comparison proves nothing.
        Assert.True(narrowed > checkedTexts / 20, $"only {narrowed} of {checkedTexts} texts matched");
    }

    [Theory]
    [InlineData("asked for ot", "we asked for ot/pt twice", true)]
    [InlineData("asked {services}", "asked k-ot", false)]
    [InlineData("k-8", "a k-8 school", true)]
    [InlineData("suspend* ... days", "suspended him 3 days", true)]
    [InlineData("[the] teacher said no", "teacher said no", true)]
    [InlineData("(asked|requested) [an] eval*", "they requested evaluations", true)]
    [InlineData("# days", "three days", true)]
    public void IndexedSet_KnownCases(string phrase, string text, bool matches)
    {
        var set = PhrasePattern.Compile([phrase, "never said anything"], Slots);
        Assert.Equal(matches, set.IsMatch(text));
        Assert.Equal(PhraseSet.WithWholeExpressions(() => set.IsMatch(text)), set.IsMatch(text));
    }

    [Fact]
    public void SetBuiltAfterATextWasLookedUp_FindsItsNewWordsInThatText()
    {
        // A text's needed words are looked up once and kept per thread (TextWords); a set built afterwards may need words
        // the vocabulary did not hold then, in the very same text.
        var text = "we asked the qzvx school about it";
        var earlier = PhrasePattern.Compile(["asked the"]);
        Assert.True(earlier.IsMatch(text));
        var laterWord = PhrasePattern.Compile(["qzvx school"]);
        var laterStem = PhrasePattern.Compile(["qzv* school about"]);
        Assert.True(laterWord.IsMatch(text));
        Assert.True(laterStem.IsMatch(text));
        Assert.True(earlier.IsMatch(text));
        Assert.False(PhrasePattern.Compile(["qzvx about"]).IsMatch(text));
    }

    private static string Describe(PhraseSet set, string text)
    {
        var first = set.Match(text);
        var all = string.Join(",", set.Matches(text).Select(m => $"{m.Index}:{m.Length}:{m.Groups["n"].Value}"));
        var replaced = set.Replace(text, m => "<" + m.Value + ">");
        return (first is null ? "none" : $"match {first.Index}:{first.Length}:{first.Groups["n"].Success}:{first.Groups["n"].Value}") + " | " + all + " | " + replaced;
    }

    private static string Phrase(Random random)
    {
        var parts = new List<string>();
        var length = random.Next(1, 5);
        for (var i = 0; i < length; i++)
        {
            parts.Add(random.Next(12) switch
            {
                0 => "(" + Word(random) + "|" + Word(random) + " " + Word(random) + ")",
                1 => "[" + Word(random) + "]",
                2 => Word(random) + "*",
                3 when i > 0 && i < length - 1 => "...",
                4 when i > 0 && i < length - 1 => "~",
                5 => random.Next(2) == 0 ? "{school}" : "{services}",
                6 => "#",
                7 => "([" + Word(random) + "] " + Word(random) + "|" + Word(random) + ")",
                _ => Word(random),
            });
        }
        return string.Join(" ", parts);
    }

    private static string Word(Random random) => Vocabulary[random.Next(Vocabulary.Length)];

    private static string Text(Random random)
    {
        var words = new List<string>();
        var length = random.Next(0, 12);
        for (var i = 0; i < length; i++)
        {
            words.Add(random.Next(14) switch
            {
                0 => Word(random) + "/" + Word(random),
                1 => Word(random) + "-" + Word(random),
                2 => random.Next(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture),
                3 => Word(random) + "ing",
                4 => "teachers",
                _ => Word(random),
            });
        }
        return string.Join(" ", words);
    }
}
