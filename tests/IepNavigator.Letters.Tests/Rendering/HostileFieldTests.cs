using Ical.Net;

namespace IepNavigator.Letters.Tests.Rendering;

/// <summary>A parent's text is data: whatever they type comes out exactly as typed, in every format.</summary>
public sealed class HostileFieldTests
{
    private const string Id = "iee-request";

    public static TheoryData<string> HostileValues() => new()
    {
        "{{ 7 | times: 7 }}",
        "{% for x in y %}loop{% endfor %}",
        "<script>alert(1)</script>",
        "José Núñez",
        "Siobhán O'Brien",
        "مريم الحسن",
        "Tom & Jerry; \"quoted\", comma\\backslash",
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void ChildName_ComesOutLiterallyInTextDocxAndIcs(string value)
    {
        var fields = TestLetters.FullFields(Id);
        fields["childName"] = value;

        var text = TestLetters.Renderer.RenderText(Id, fields, TestLetters.Facts, TestLetters.Today).Value!;
        var docx = DocxText.AllText(TestLetters.Renderer.RenderDocx(Id, fields, TestLetters.Facts, TestLetters.Today).Value!);
        var ics = Calendar.Load(TestLetters.Renderer.RenderIcs(Id, fields, TestLetters.Facts, TestLetters.Today).Value!)!;

        Assert.Contains($"Student: {value}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Student: {value}\n", docx, StringComparison.Ordinal);
        Assert.Contains(value, ics.Events.Single().Description, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", text + docx, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", text + docx, StringComparison.Ordinal);
    }

    [Fact]
    public void LiquidInAField_IsNeverEvaluated()
    {
        var fields = TestLetters.FullFields(Id);
        fields["evaluationDisputed"] = "{{ 7 | times: 7 }} {% if true %}yes{% endif %}";

        var text = TestLetters.Renderer.RenderText(Id, fields, TestLetters.Facts, TestLetters.Today).Value!;

        Assert.Contains("evaluation of Maya Lopez: {{ 7 | times: 7 }} {% if true %}yes{% endif %}.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("49", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NewlinesInAField_ComeOutAsLineBreaks()
    {
        var fields = TestLetters.FullFields(Id);
        fields["disagreementReasons"] = "It left out reading.\r\nIt used one test only.";

        var result = TestLetters.Renderer.RenderDocx(Id, fields, TestLetters.Facts, TestLetters.Today);

        Assert.Contains(DocxText.Read(result.Value!), p => p.Text.EndsWith("It left out reading.\nIt used one test only.", StringComparison.Ordinal));
    }

    [Fact]
    public void ControlCharacters_AreDroppedSoTheDocxStaysValid()
    {
        var fields = TestLetters.FullFields(Id);
        fields["childName"] = "Ma\u0000ya\u0001 Lo\u000Bpez\u001F\uFFFE";

        var docx = TestLetters.Renderer.RenderDocx(Id, fields, TestLetters.Facts, TestLetters.Today);
        var ics = TestLetters.Renderer.RenderIcs(Id, fields, TestLetters.Facts, TestLetters.Today);

        Assert.Contains("Student: Maya Lopez\n", DocxText.AllText(docx.Value!), StringComparison.Ordinal);
        Assert.Contains("Maya Lopez", Calendar.Load(ics.Value!)!.Events.Single().Description, StringComparison.Ordinal);
    }

    [Fact]
    public void EmojiAndOtherSurrogatePairs_AreKept()
    {
        var fields = TestLetters.FullFields(Id);
        fields["parentName"] = "Rosa 🌻 Lopez";

        var docx = TestLetters.Renderer.RenderDocx(Id, fields, TestLetters.Facts, TestLetters.Today);

        Assert.Contains("Rosa 🌻 Lopez", DocxText.AllText(docx.Value!), StringComparison.Ordinal);
    }
}
