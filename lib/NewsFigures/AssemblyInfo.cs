namespace NewsFigures;
