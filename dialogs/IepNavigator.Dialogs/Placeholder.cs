namespace IepNavigator.Dialogs;
