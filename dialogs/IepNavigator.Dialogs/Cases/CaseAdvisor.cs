using System.Globalization;
using System.Text.Json;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// Asks the knowledge base for advice on a case, as of today's date from the injected clock. A turn often
/// asks again for advice on unchanged facts (advice, then "why", then a letter), so recent answers are reused.
/// </summary>
public sealed class CaseAdvisor(IAdvisor advisor, TimeProvider clock)
{
    private readonly AdviceCache _recent = new();

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public DateTimeOffset Now => clock.GetUtcNow();

    public Advice Advise(CaseRecord record)
    {
        var today = Today;
        var json = ContractJson(record);
        var text = json.ToString(Newtonsoft.Json.Formatting.None);
        return _recent.GetOrAdd(text, today, () => advisor.Advise(ToFacts(json, text) with { Today = today }, today));
    }

    /// <summary>The record's facts as the contract type; a value the contract no longer accepts is left out.</summary>
    public static CaseFacts ToFacts(CaseRecord record)
    {
        var json = ContractJson(record);
        return ToFacts(json, json.ToString(Newtonsoft.Json.Formatting.None));
    }

    /// <summary>The record's facts in the contract's JSON shape (a storage may have parsed dates as DateTime).</summary>
    private static JObject ContractJson(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = new JObject();
        foreach (var property in record.Facts.Properties())
        {
            json[property.Name] = property.Value is JValue { Type: JTokenType.Date } date
                ? ((DateTime)date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : property.Value;
        }
        return json;
    }

    private static CaseFacts ToFacts(JObject json, string text)
    {
        if (TryRead(text) is { } facts)
        {
            return facts;
        }
        var kept = new JObject();
        foreach (var property in json.Properties())
        {
            if (TryRead(new JObject { [property.Name] = property.Value.DeepClone() }.ToString()) is not null)
            {
                kept[property.Name] = property.Value.DeepClone();
            }
        }
        return TryRead(kept.ToString()) ?? new CaseFacts();
    }

    private static CaseFacts? TryRead(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CaseFacts>(json, KnowledgeJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
