namespace IepNavigator.Storage;
