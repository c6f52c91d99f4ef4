// Every rule file reads the same facts and recommends steps through NRules' fluent DSL: those imports are
// declared once here instead of at the top of each of the 70-odd rule files.
global using IepNavigator.Knowledge.Advising;
global using IepNavigator.Knowledge.Deadlines;
global using IepNavigator.Knowledge.Facts;
global using IepNavigator.Knowledge.Rules.Model;
global using IepNavigator.Knowledge.Steps;
global using NRules.Fluent.Dsl;
