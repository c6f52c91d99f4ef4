using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Found trying the bot as a parent: "ms. okafor" typed on a phone lost its honorific, and the letter said "Dear Okafor,".
/// An honorific in lower case is still one, and the letter writes it capitalised.
/// </summary>
public sealed class LowerCaseHonorificTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("address it to ms. Okafor please", "Ms. Okafor")]
    [InlineData("dear mrs. Alvarez", "Mrs. Alvarez")]
    [InlineData("address it to dr Patel", "Dr Patel")]
    public void LowerCaseHonorific_IsKeptCapitalised(string text, string name) =>
        Assert.Equal(name, Reader.Read(text, Unprompted).Details.RecipientName);
}
