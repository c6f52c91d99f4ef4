namespace IepNavigator.Letters.Tests.Rendering;

public sealed class MissingFieldTests
{
    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void NoFields_ReportsEveryRequiredFieldAndRendersNothing(string id)
    {
        var empty = new Dictionary<string, string?>();

        var text = TestLetters.Renderer.RenderText(id, empty, TestLetters.Facts, TestLetters.Today);
        var docx = TestLetters.Renderer.RenderDocx(id, empty, TestLetters.Facts, TestLetters.Today);
        var ics = TestLetters.Renderer.RenderIcs(id, empty, TestLetters.Facts, TestLetters.Today);

        var required = TestLetters.Catalog.Find(id)!.RequiredFields.Select(f => f.Name).ToList();
        Assert.False(text.IsRendered);
        Assert.Null(docx.Value);
        Assert.False(ics.IsRendered);
        Assert.Equal(required, text.MissingFields.Select(f => f.Name));
        Assert.Equal(required, docx.MissingFields.Select(f => f.Name));
        Assert.Equal(required, ics.MissingFields.Select(f => f.Name));
    }

    [Fact]
    public void BlankOrWhitespaceValues_CountAsMissing_ByName()
    {
        var fields = TestLetters.FullFields("records-request");
        fields["childDateOfBirth"] = "   ";
        fields["school"] = null;
        fields.Remove("recipientName");
        fields["parentPhone"] = "";

        var result = TestLetters.Renderer.RenderDocx("records-request", fields, TestLetters.Facts, TestLetters.Today);

        Assert.Equal(["childDateOfBirth", "school", "recipientName"], result.MissingFields.Select(f => f.Name));
        Assert.All(result.MissingFields, f => Assert.False(string.IsNullOrWhiteSpace(f.Question)));
    }

    [Fact]
    public void LetterSpecificRequiredField_IsReported()
    {
        var fields = TestLetters.FullFields("prior-written-notice-request");
        fields.Remove("decisionDescribed");

        var missing = TestLetters.Renderer.FindMissingFields("prior-written-notice-request", fields);

        Assert.Equal("decisionDescribed", Assert.Single(missing).Name);
    }
}
