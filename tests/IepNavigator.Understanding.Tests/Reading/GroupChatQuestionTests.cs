using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Issue 17, Spanish stage (stage13es): questions asked the way parents' WhatsApp and Facebook groups ask them reveal no
/// stage (GUIDE B3), whatever stage word they hold: "x cuanto tiempo" (texting for "por cuanto tiempo"), a greeting to the
/// group before the question ("oigan", "mamis"), and an "if" clause that opens the question's own sentence. Wordings in no
/// corpus file, each read with a stage before (a stage word in what was taken for a statement, or main's model leaning to
/// not-eligible or evaluation-complete); a statement beside them still tells.
/// </summary>
public sealed class GroupChatQuestionTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("x cuanto tiempo lo pueden dejar suspendido sin darle tareas")]
    [InlineData("por cuantos dias dura una suspension normalmente")]
    [InlineData("oigan que se necesita pa que lo pasen a una escuela alternativa")]
    [InlineData("mamis pueden tenerlo suspendido todo un mes")]
    [InlineData("una pregunta cuanto tiempo dura una expulsion")]
    public void AGroupChatQuestion_Asks_AndRevealsNoStage(string message)
    {
        var reading = Reader.Read(message, Unprompted);

        Assert.Equal([message], reading.Questions);
        Assert.Null(reading.Stage.Best);
        Assert.False(reading.Stage.Unsure);
    }

    [Theory]
    [InlineData("si no me gusta lo que le pusieron en el IEP, puedo pedir otra junta?")]
    [InlineData("si la escuela dice que no califica, puedo pedir una evaluacion independiente?")]
    [InlineData("if they say she doesnt qualify, can i ask for an outside evaluation?")]
    public void AnIfClauseOpeningAQuestion_IsPartOfIt_AndRevealsNoStage(string message)
    {
        var reading = Reader.Read(message, Unprompted);

        Assert.Empty(reading.Statements);
        Assert.Null(reading.Stage.Best);
        Assert.False(reading.Stage.Unsure);
    }

    [Theory]
    [InlineData("si lo vuelven a suspender no se que voy a hacer. ya lleva 8 dias suspendido este año, eso es legal?")]
    [InlineData("mamis lo suspendieron 3 dias, pueden hacer eso?")]
    public void AStatementBesideTheQuestion_StillTellsTheStage(string message)
    {
        Assert.Equal(Stage.Discipline, Reader.Read(message, Unprompted).Stage.Best);
    }
}
