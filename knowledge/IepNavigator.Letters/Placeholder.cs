namespace IepNavigator.Letters;
