namespace IepNavigator.DirectLine;
