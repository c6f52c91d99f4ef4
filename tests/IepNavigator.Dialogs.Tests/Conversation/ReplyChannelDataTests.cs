using System.Buffers;
using System.Text.Json;
using IepNavigator.Dialogs.Conversation;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Facts;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// channelData.iepNavigator (knowledge-contract.md, "What every chat reply carries") is built as tokens straight from the
/// typed facts, once per turn (issue 16): Web Chat customisations, Teams and the advocates' tools read these exact bytes,
/// so every contract fact must come out as the contract's one writer (<see cref="FactJson.Write"/>) spells it.
/// </summary>
public sealed class ReplyChannelDataTests
{
    [Fact]
    public void Facts_EveryContractFactKnown_SameBytesAsTheContractWriter()
    {
        var facts = CaseFactFields.All.Aggregate(new CaseFacts(), (f, field) => field.Write(f, SampleValue(field)));

        var built = ReplyChannelData.Facts(facts);

        Assert.Equal(CaseFactFields.All.Select(f => f.Name), built.Properties().Select(p => p.Name));
        AssertSameJson(ContractWriterFacts(facts), built);
    }

    [Fact]
    public void Facts_EmptyListsAndUnknownFacts_AreLeftOut()
    {
        var facts = new CaseFacts() with { Stage = Stage.Concerned, Concerns = [], SchoolBreaks = [], HasIep = false };

        var built = ReplyChannelData.Facts(facts);

        Assert.Equal(new[] { FactNames.Stage, FactNames.HasIep }.Order(StringComparer.Ordinal), built.Properties().Select(p => p.Name).Order(StringComparer.Ordinal));
        AssertSameJson(ContractWriterFacts(facts), built);
    }

    [Fact]
    public async Task Turn_SeveralMessages_EachCarriesTheCaseAsSaved_InItsOwnObject()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();

        // A stated fact ("Noted from what you said") and the next question: more than one message in one turn.
        var replies = await client.SendAsync("My son has an IEP and he was suspended for 3 days on November 5. We live in Texas.");

        Assert.True(replies.Count >= 2, replies.Joined());
        var contracts = replies.Select(r => ((JObject)r.ChannelData)[ReplyChannelData.Property] as JObject).ToList();
        Assert.All(contracts, Assert.NotNull);
        var facts = contracts.Select(c => (JObject)c!["facts"]!).ToList();
        Assert.Equal("TX", (string?)facts[0][FactNames.State]);
        Assert.All(contracts, c =>
        {
            Assert.Equal(contracts[0]!["stage"]!.ToString(Formatting.None), c!["stage"]!.ToString(Formatting.None));
            Assert.Equal(contracts[0]!["awaiting"]!.ToString(Formatting.None), c["awaiting"]!.ToString(Formatting.None));
            Assert.Equal(facts[0].ToString(Formatting.None), c["facts"]!.ToString(Formatting.None));
        });
        // One message's channelData changed by a client never shows in another's.
        Assert.Equal(facts.Count, facts.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    /// <summary>What the reply carried before issue 16's change: the contract writer's JSON, parsed by Newtonsoft.</summary>
    private static JObject ContractWriterFacts(CaseFacts facts)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var field in CaseFactFields.All.Where(f => f.IsKnown(facts)))
            {
                writer.WritePropertyName(field.Name);
                FactJson.Write(writer, field, field.Read(facts)!);
            }
            writer.WriteEndObject();
        }
        return JObject.Parse(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void AssertSameJson(JObject expected, JObject actual)
    {
        Assert.Equal(expected.ToString(Formatting.None), actual.ToString(Formatting.None));
        Assert.Equal(JsonConvert.SerializeObject(expected), JsonConvert.SerializeObject(actual));
        // Same token types too (a date read back as a DateTime, a count as a float, would change what clients get).
        Assert.Equal(expected.Descendants().Select(t => t.Type), actual.Descendants().Select(t => t.Type));
        Assert.True(JToken.DeepEquals(expected, actual));
    }

    private static object SampleValue(CaseFactField field) => field.Kind switch
    {
        FactKind.Date => new DateOnly(2026, 9, 3),
        FactKind.YesNo => field.Name.Length % 2 == 0,
        FactKind.Count => 3,
        FactKind.Stage => Stage.EvaluationRequested,
        FactKind.State => "TX",
        FactKind.Concerns => new List<ConcernArea> { ConcernArea.Reading, ConcernArea.Behavior },
        FactKind.DateRanges => new List<DateRange> { new(new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 1)) },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "A new kind of fact: give it a sample value."),
    };
}
