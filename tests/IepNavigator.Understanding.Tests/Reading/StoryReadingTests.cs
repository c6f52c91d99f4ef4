using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>Facts and details dropped or misread in a parent's story, found by trying the bot over HTTP (issue 17), English and Spanish.</summary>
public sealed class StoryReadingTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("Lincoln Elementary in Columbus City Schools", "Lincoln Elementary", "Columbus City Schools")]
    [InlineData("he goes to Oak Hill Middle School in Austin ISD", "Oak Hill Middle School", "Austin ISD")]
    [InlineData("Garfield Elementary, Denver Public Schools", "Garfield Elementary", "Denver Public Schools")]
    [InlineData("Rosa Parks Elementary in the Fairfax County School District", "Rosa Parks Elementary", "Fairfax County School District")]
    [InlineData("va a la Escuela Primaria Jefferson del distrito escolar de Houston", "Escuela Primaria Jefferson", "Houston")]
    public void ASchoolAndItsDistrict_AreBothNoted(string text, string school, string district)
    {
        var details = Reader.Read(text, Unprompted).Details;
        Assert.Equal(school, details.School);
        Assert.Equal(district, details.District);
    }

    [Theory]
    [InlineData("va a la Escuela Primaria Jefferson", "Escuela Primaria Jefferson")]
    [InlineData("está en la Escuela Secundaria Benito Juárez", "Escuela Secundaria Benito Juárez")]
    [InlineData("mi hija va a la Preparatoria Lincoln", "Preparatoria Lincoln")]
    [InlineData("va en segundo en la escuela Washington", "Washington")]
    public void ASpanishSchoolName_KeepsItsCapitalisedEscuela(string text, string school)
    {
        Assert.Equal(school, Reader.Read(text, Unprompted).Details.School);
    }
}
