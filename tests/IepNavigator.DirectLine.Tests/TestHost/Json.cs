using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests.TestHost;

/// <summary>Parses JSON as the browser sees it: date-like strings stay strings, decimals stay as written.</summary>
public static class Json
{
    public static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        return JObject.Load(reader);
    }
}
