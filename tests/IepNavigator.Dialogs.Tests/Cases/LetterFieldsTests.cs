using IepNavigator.Dialogs.Cases;
using IepNavigator.Letters;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Dialogs.Tests.Cases;

/// <summary>
/// The shared letter fields as one typed record: the parent's once for every child, each child's on its case, every one
/// settable and clearable at any time and listed for "what do you know" (issue 18).
/// </summary>
public sealed class LetterFieldsTests
{
    [Fact]
    public void SharedFields_AreExactlyTheFieldsEveryLetterTemplateDeclares()
    {
        var templates = new LetterTemplateCatalog().All;
        var everywhere = templates.Select(t => t.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal))
            .Aggregate((all, next) => [.. all.Intersect(next, StringComparer.Ordinal)]);

        Assert.Equal(everywhere.Order(StringComparer.Ordinal), SharedLetterFields.All.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SetLetterField_TheParentsGoToTheBook_TheChildsToTheCase()
    {
        var book = new CaseBook();
        var sam = book.Add("Sam", "your first child", "another child");
        var maya = book.Add("Maya", "your first child", "another child");

        Assert.True(book.SetLetterField(sam, LetterFieldNames.ParentEmail, "ana@example.org"));
        Assert.True(book.SetLetterField(sam, LetterFieldNames.School, "Lincoln Elementary"));

        Assert.Equal("ana@example.org", book.ParentLetterFields.ParentEmail);
        Assert.Equal("Lincoln Elementary", sam.LetterFields.School);
        // The parent's email serves every child; Sam's school is Sam's alone.
        Assert.Equal("ana@example.org", book.LetterFieldsFor(maya).ParentEmail);
        Assert.Null(book.LetterFieldsFor(maya).School);
        Assert.Null(sam.LetterFields.ParentEmail);
    }

    [Fact]
    public void KnownLetterFields_ListsEverySetField_InTheFramesOrder_AndAClearedOneGoes()
    {
        var book = new CaseBook();
        var record = book.Active();
        book.SetLetterField(record, LetterFieldNames.RecipientName, "Dr. Lee");
        book.SetLetterField(record, LetterFieldNames.ChildName, "Sam Rivera");
        book.SetLetterField(record, LetterFieldNames.ParentName, "Ana Rivera");

        Assert.Equal(
            [(LetterFieldNames.ChildName, "Sam Rivera"), (LetterFieldNames.ParentName, "Ana Rivera"), (LetterFieldNames.RecipientName, "Dr. Lee")],
            book.KnownLetterFields(record).Select(f => (f.Field.Name, f.Value)));

        book.SetLetterField(record, LetterFieldNames.ParentName, null);
        book.SetLetterField(record, LetterFieldNames.ChildName, "  ");

        Assert.Equal([LetterFieldNames.RecipientName], book.KnownLetterFields(record).Select(f => f.Field.Name));
    }

    [Fact]
    public void SetLetterField_ALettersOwnField_IsNotRemembered()
    {
        var book = new CaseBook();
        var record = book.Active();

        Assert.False(book.SetLetterField(record, "concernDetails", "He reads two grades behind."));
        Assert.Empty(book.KnownLetterFields(record));
    }
}
