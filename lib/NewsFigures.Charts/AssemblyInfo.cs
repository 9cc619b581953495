namespace NewsFigures.Charts;
