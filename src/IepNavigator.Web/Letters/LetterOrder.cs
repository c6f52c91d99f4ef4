using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Web.Letters;

/// <summary>Everything needed to render one letter download; sealed inside a signed, encrypted, expiring link.</summary>
public sealed record LetterOrder(
    string LetterId,
    LetterFormat Format,
    Dictionary<string, string?> Fields,
    CaseFacts Facts,
    DateOnly Today);
