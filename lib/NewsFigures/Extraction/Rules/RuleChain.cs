namespace NewsFigures;

/// <summary>The rules of one field in the order they are tried; the first that proposes decides.</summary>
internal sealed class RuleChain<TQuery, TProposal> where TProposal : class
{
    private readonly IFigureRule<TQuery, TProposal>[] rules;

    public RuleChain() : this([]) { }

    private RuleChain(IFigureRule<TQuery, TProposal>[] rules) => this.rules = rules;

    public IReadOnlyList<IFigureRule<TQuery, TProposal>> Rules => rules;

    public RuleChain<TQuery, TProposal> Then(IFigureRule<TQuery, TProposal> rule)
    {
        if (rules.Any(r => r.Name == rule.Name)) throw new ArgumentException($"a rule named {rule.Name} is already in the chain", nameof(rule));
        return new([.. rules, rule]);
    }

    /// <summary>The first proposal and the name of the rule that made it. A chain ends with a rule that always proposes.</summary>
    public (TProposal Value, string Rule) Decide(TQuery query)
    {
        foreach (var rule in rules)
            if (rule.Propose(query) is { } proposal) return (proposal, rule.Name);
        throw new InvalidOperationException($"no rule proposed a {typeof(TProposal).Name}: end the chain with a rule that always proposes");
    }
}
