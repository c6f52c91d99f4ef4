// Bot Builder's turn and activity types, the dialog runtime, the case and content types and the contract's facts are used
// by most files of this project: they are imported once here, so a file's own usings name what is particular to it.
global using Microsoft.Bot.Builder;
global using Microsoft.Bot.Schema;
global using IepNavigator.Dialogs.Runtime;
global using IepNavigator.Dialogs.Runtime.Prompts;
global using IepNavigator.Dialogs.Runtime.Interruptions;
global using IepNavigator.Dialogs.Content;
global using IepNavigator.Dialogs.Cases;
global using IepNavigator.Dialogs.Conversation;
global using IepNavigator.Knowledge.Content;
global using IepNavigator.Knowledge.Facts;
global using IepNavigator.Understanding.Text;
