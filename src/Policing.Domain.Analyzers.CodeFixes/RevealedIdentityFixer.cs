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

/// <summary>
/// Fixes POL004 by using the masked form: <c>id.RevealFull()</c> and <c>id.ToString("F", …)</c> become
/// <c>id.ToString()</c>, and <c>{id:F}</c> becomes <c>{id}</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RevealedIdentityFixer))]
[Shared]
public sealed class RevealedIdentityFixer : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "POL004.UseMaskedForm";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RevealedIdentity);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not { } node)
        {
            return;
        }

        SyntaxNode? replacement = node switch
        {
            InterpolationSyntax hole => hole.WithFormatClause(null),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call =>
                call.WithExpression(access.WithName(SyntaxFactory.IdentifierName("ToString").WithTriviaFrom(access.Name)))
                    .WithArgumentList(SyntaxFactory.ArgumentList().WithTriviaFrom(call.ArgumentList)),
            _ => null,
        };
        if (replacement is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use the masked form",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, replacement))),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
