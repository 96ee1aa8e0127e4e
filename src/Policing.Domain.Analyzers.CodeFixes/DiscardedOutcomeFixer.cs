using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Policing.Domain.Analyzers.CodeFixes;

/// <summary>Fixes POL003 by keeping the discarded outcome in a new local variable, <c>var outcome = …;</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiscardedOutcomeFixer))]
[Shared]
public sealed class DiscardedOutcomeFixer : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "POL003.KeepOutcome";

    private const string BaseName = "outcome";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DiscardedOutcome);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not { } node
            || node.FirstAncestorOrSelf<ExpressionStatementSyntax>() is not { } statement
            || statement.Parent is not (BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax))
        {
            // An embedded statement (if (…) Validate(…);) cannot become a declaration.
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Keep the outcome in a variable",
                    ct => KeepAsync(context.Document, statement, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> KeepAsync(Document document, ExpressionStatementSyntax statement, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root is null)
        {
            return document;
        }

        var name = BaseName;
        for (var i = 2; !model.LookupSymbols(statement.SpanStart, name: name).IsEmpty; i++)
        {
            name = BaseName + i;
        }

        var declaration = SyntaxFactory.LocalDeclarationStatement(
                SyntaxFactory.VariableDeclaration(
                    SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(SyntaxTriviaList.Empty, SyntaxKind.VarKeyword, "var", "var", SyntaxTriviaList.Create(SyntaxFactory.Space))),
                    SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(name).WithTrailingTrivia(SyntaxFactory.Space))
                            .WithInitializer(SyntaxFactory.EqualsValueClause(
                                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                                statement.Expression.WithoutTrivia())))))
            .WithSemicolonToken(statement.SemicolonToken)
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(statement.GetTrailingTrivia());
        return document.WithSyntaxRoot(root.ReplaceNode(statement, declaration));
    }
}
