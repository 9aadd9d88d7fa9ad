// The kgq query language: a subset of openCypher (SPEC §3), written for kgq.
// The parser generated from this file is turned into kgq's own AST by query/parse/ast_builder.cpp;
// nothing downstream of that sees ANTLR types. Rules cover the whole language of SPEC §3, so a
// construct the engine does not run yet is reported by the AST builder as "not supported",
// not as a syntax error. Keywords are case-insensitive (letter fragments: ANTLR 4.7.2 has no
// caseInsensitive option).
grammar Cypher;

query            : statement SEMI? EOF ;

statement        : ( EXPLAIN | PROFILE )? ( schemaCommand | regularQuery | standaloneCall | showCommand ) ;

showCommand      : SHOW ( PROCEDURES | CONSTRAINTS | INDEXES ) ;

// Indexes and uniqueness constraints, in Neo4j 4's and Neo4j 5's forms.
schemaCommand    : CREATE INDEX ON nodeLabel LPAREN propertyKeyName RPAREN   # createIndex
                 | CREATE INDEX schemaName? ( IF NOT EXISTS )? FOR schemaNode ON LPAREN schemaProperty RPAREN
                                                                              # createIndexFor
                 | DROP INDEX ON nodeLabel LPAREN propertyKeyName RPAREN     # dropIndex
                 | CREATE CONSTRAINT schemaName? ( IF NOT EXISTS )? ( FOR | ON ) schemaNode ( REQUIRE | ASSERT )
                   schemaProperty IS UNIQUE                                   # createUniqueConstraint
                 | DROP CONSTRAINT ON schemaNode ASSERT schemaProperty IS UNIQUE  # dropUniqueConstraint
                 | DROP CONSTRAINT schemaName ( IF EXISTS )?                  # dropConstraintByName
                 ;
schemaNode       : LPAREN variable nodeLabel RPAREN ;
schemaProperty   : variable DOT propertyKeyName ;

standaloneCall   : CALL procedureName ( LPAREN ( expression ( COMMA expression )* )? RPAREN )?
                   ( YIELD ( STAR | yieldItems ) )? ;

regularQuery     : singleQuery unionPart* ;
unionPart        : UNION ALL? singleQuery ;
singleQuery      : clause+ ;

clause           : matchClause | unwindClause | withClause | returnClause | createClause
                 | mergeClause | setClause | removeClause | deleteClause | foreachClause
                 | callSubqueryClause | callClause ;

matchClause      : OPTIONAL? MATCH pattern whereClause? ;
unwindClause     : UNWIND expression AS variable ;
withClause       : WITH projectionBody whereClause? ;
returnClause     : RETURN projectionBody ;
projectionBody   : DISTINCT? projectionItems orderClause? skipClause? limitClause? ;
projectionItems  : STAR ( COMMA projectionItem )* | projectionItem ( COMMA projectionItem )* ;
projectionItem   : expression ( AS variable )? ;
orderClause      : ORDER BY sortItem ( COMMA sortItem )* ;
sortItem         : expression ( ASC | ASCENDING | DESC | DESCENDING )? ;
skipClause       : SKIP_ expression ;
limitClause      : LIMIT expression ;
whereClause      : WHERE expression ;

createClause     : CREATE pattern ;
mergeClause      : MERGE patternPart mergeAction* ;
mergeAction      : ON ( MATCH | CREATE ) setClause ;
setClause        : SET setItem ( COMMA setItem )* ;
setItem          : propertyExpression EQ expression     # setProperty
                 | variable EQ expression               # setAllProperties
                 | variable PLUSEQ expression           # mergeProperties
                 | variable nodeLabels                  # setLabels
                 ;
removeClause     : REMOVE removeItem ( COMMA removeItem )* ;
removeItem       : variable nodeLabels                  # removeLabels
                 | propertyExpression                   # removeProperty
                 ;
deleteClause     : DETACH? DELETE expression ( COMMA expression )* ;
foreachClause    : FOREACH LPAREN variable IN expression PIPE clause+ RPAREN ;
callSubqueryClause : CALL LBRACE regularQuery RBRACE ;
callClause       : CALL procedureName LPAREN ( expression ( COMMA expression )* )? RPAREN
                   ( YIELD yieldItems whereClause? )? ;
yieldItems       : yieldItem ( COMMA yieldItem )* ;
yieldItem        : ( symbolicName AS )? variable ;
procedureName    : symbolicName ( DOT symbolicName )* ;

// ---- Patterns ---------------------------------------------------------------------------------
pattern          : patternPart ( COMMA patternPart )* ;
patternPart      : ( variable EQ )? anonymousPatternPart ;
anonymousPatternPart
                 : shortestPathFunction LPAREN patternElement RPAREN   # shortestPathPattern
                 | patternElement                                      # plainPattern
                 ;
shortestPathFunction : SHORTESTPATH | ALLSHORTESTPATHS ;
patternElement   : nodePattern patternElementChain*
                 | LPAREN patternElement RPAREN
                 ;
patternElementChain : relationshipPattern nodePattern ;
nodePattern      : LPAREN variable? nodeLabels? properties? RPAREN ;
relationshipPattern
                 : LT? MINUS relationshipDetail? MINUS GT? ;
relationshipDetail
                 : LBRACKET variable? relationshipTypes? rangeLiteral? properties? RBRACKET ;
properties       : mapLiteral | parameter ;
relationshipTypes: COLON relTypeName ( PIPE COLON? relTypeName )* ;
nodeLabels       : nodeLabel+ ;
nodeLabel        : COLON labelName ;
rangeLiteral     : STAR ( integerLiteral )? ( DOTDOT ( integerLiteral )? )? ;
labelName        : schemaName ;
relTypeName      : schemaName ;
propertyExpression : atom ( DOT propertyKeyName )+ ;

// ---- Expressions, loosest binding first ------------------------------------------------------
expression       : orExpression ;
orExpression     : xorExpression ( OR xorExpression )* ;
xorExpression    : andExpression ( XOR andExpression )* ;
andExpression    : notExpression ( AND notExpression )* ;
notExpression    : NOT* comparisonExpression ;
comparisonExpression
                 : predicateExpression ( comparisonOperator predicateExpression )* ;
comparisonOperator : EQ | NEQ | LT | GT | LE | GE ;
predicateExpression
                 : addOrSubtractExpression predicateSuffix* ;
predicateSuffix  : STARTS WITH addOrSubtractExpression        # startsWith
                 | ENDS WITH addOrSubtractExpression          # endsWith
                 | CONTAINS addOrSubtractExpression           # contains
                 | REGEX_MATCH addOrSubtractExpression        # regexMatch
                 | IN addOrSubtractExpression                 # inList
                 | IS NULL_                                   # isNull
                 | IS NOT NULL_                               # isNotNull
                 ;
addOrSubtractExpression
                 : multiplyDivideModuloExpression ( addOrSubtractOperator multiplyDivideModuloExpression )* ;
addOrSubtractOperator : PLUS | MINUS ;
multiplyDivideModuloExpression
                 : powerOfExpression ( multiplyOperator powerOfExpression )* ;
multiplyOperator : STAR | SLASH | PERCENT ;
powerOfExpression
                 : unaryExpression ( CARET unaryExpression )* ;
unaryExpression  : ( PLUS | MINUS )* postfixExpression ;
postfixExpression: atom postfixSuffix* ;
postfixSuffix    : DOT propertyKeyName                                   # propertyLookup
                 | LBRACKET expression RBRACKET                          # indexLookup
                 | LBRACKET from=expression? DOTDOT to=expression? RBRACKET  # sliceLookup
                 | nodeLabels                                            # labelCheck
                 ;

// `[x IN list]` is both a list comprehension and a list literal of one `IN` test: the first
// alternative that matches wins, so the comprehension comes first (as in Neo4j).
atom             : listComprehension                                     # listComprehensionAtom
                 | literal                                               # literalAtom
                 | parameter                                             # parameterAtom
                 | caseExpression                                        # caseAtom
                 | COUNT LPAREN STAR RPAREN                              # countStarAtom
                 | patternComprehension                                  # patternComprehensionAtom
                 | quantifier LPAREN filterExpression RPAREN             # quantifierAtom
                 | EXISTS LBRACE ( regularQuery | pattern whereClause? ) RBRACE   # existsSubqueryAtom
                 | COUNT LBRACE ( regularQuery | pattern whereClause? ) RBRACE    # countSubqueryAtom
                 | COLLECT LBRACE regularQuery RBRACE                    # collectSubqueryAtom
                 | REDUCE LPAREN accumulator=variable EQ init=expression COMMA element=variable IN list=expression
                   PIPE step=expression RPAREN                            # reduceAtom
                 | shortestPathFunction LPAREN patternElement RPAREN     # shortestPathAtom
                 | relationshipsPattern                                  # patternPredicateAtom
                 | LPAREN expression RPAREN                              # parenthesizedAtom
                 | functionInvocation                                    # functionAtom
                 | variable mapProjection                                # mapProjectionAtom
                 | variable                                              # variableAtom
                 ;
quantifier       : ALL | ANY | NONE | SINGLE ;
filterExpression : variable IN expression ( WHERE expression )? ;
listComprehension: LBRACKET variable IN expression ( WHERE expression )? ( PIPE expression )? RBRACKET ;
patternComprehension
                 : LBRACKET ( variable EQ )? relationshipsPattern ( WHERE expression )? PIPE expression RBRACKET ;
relationshipsPattern : nodePattern patternElementChain+ ;
caseExpression   : CASE expression? caseAlternative+ ( ELSE expression )? END ;
caseAlternative  : WHEN expression THEN expression ;
functionInvocation
                 : functionName LPAREN DISTINCT? ( expression ( COMMA expression )* )? RPAREN ;
functionName     : symbolicName ( DOT symbolicName )* | EXISTS | COUNT ;
mapProjection    : LBRACE ( mapProjectionItem ( COMMA mapProjectionItem )* )? RBRACE ;
mapProjectionItem: DOT propertyKeyName                 # propertySelector
                 | DOT STAR                            # allPropertiesSelector
                 | propertyKeyName COLON expression    # literalEntry
                 | variable                            # variableSelector
                 ;

literal          : numberLiteral | stringLiteral | booleanLiteral | NULL_ | mapLiteral | listLiteral ;
booleanLiteral   : TRUE | FALSE ;
numberLiteral    : integerLiteral | FLOAT_LITERAL ;
integerLiteral   : DECIMAL_INTEGER | HEX_INTEGER | OCTAL_INTEGER ;
stringLiteral    : STRING_LITERAL ;
listLiteral      : LBRACKET ( expression ( COMMA expression )* )? RBRACKET ;
mapLiteral       : LBRACE ( propertyKeyName COLON expression ( COMMA propertyKeyName COLON expression )* )? RBRACE ;
parameter        : DOLLAR ( symbolicName | DECIMAL_INTEGER ) ;

propertyKeyName  : schemaName ;
variable         : symbolicName ;
schemaName       : symbolicName | reservedWord ;
// Keywords that are not reserved may name variables, functions and procedures.
symbolicName     : IDENTIFIER | ESCAPED_IDENTIFIER | COUNT | COLLECT | ANY | NONE | SINGLE | ALL | EXISTS
                 | SHORTESTPATH | ALLSHORTESTPATHS | INDEX | ASCENDING | DESCENDING | EXPLAIN | PROFILE
                 | FOREACH | REDUCE | SHOW | PROCEDURES | CONSTRAINT | REQUIRE | ASSERT | UNIQUE | FOR | IF | CONSTRAINTS | INDEXES ;
reservedWord     : MATCH | OPTIONAL | WHERE | RETURN | WITH | UNWIND | AS | DISTINCT | ORDER | BY
                 | ASC | DESC | SKIP_ | LIMIT | UNION | CREATE | MERGE | ON | SET | REMOVE | DELETE
                 | DETACH | CALL | YIELD | DROP | AND | OR | XOR | NOT | IN | IS | NULL_ | TRUE | FALSE
                 | STARTS | ENDS | CONTAINS | CASE | WHEN | THEN | ELSE | END ;

// ---- Lexer ------------------------------------------------------------------------------------
EXPLAIN : E X P L A I N ;   PROFILE : P R O F I L E ;   MATCH : M A T C H ;
OPTIONAL : O P T I O N A L ; WHERE : W H E R E ;        RETURN : R E T U R N ;
WITH : W I T H ;            UNWIND : U N W I N D ;      AS : A S ;
DISTINCT : D I S T I N C T ; ORDER : O R D E R ;        BY : B Y ;
ASCENDING : A S C E N D I N G ; ASC : A S C ;           DESCENDING : D E S C E N D I N G ;
DESC : D E S C ;            SKIP_ : S K I P ;           LIMIT : L I M I T ;
UNION : U N I O N ;         ALL : A L L ;               CREATE : C R E A T E ;
MERGE : M E R G E ;         ON : O N ;                  SET : S E T ;
REMOVE : R E M O V E ;      DELETE : D E L E T E ;      DETACH : D E T A C H ;
CALL : C A L L ;            YIELD : Y I E L D ;         INDEX : I N D E X ;
DROP : D R O P ;            AND : A N D ;               OR : O R ;
XOR : X O R ;               NOT : N O T ;               IN : I N ;
IS : I S ;                  NULL_ : N U L L ;           TRUE : T R U E ;
FALSE : F A L S E ;         STARTS : S T A R T S ;      ENDS : E N D S ;
CONTAINS : C O N T A I N S ; CASE : C A S E ;           WHEN : W H E N ;
THEN : T H E N ;            ELSE : E L S E ;            END : E N D ;
COUNT : C O U N T ;         ANY : A N Y ;               NONE : N O N E ;
COLLECT : C O L L E C T ;
SINGLE : S I N G L E ;      EXISTS : E X I S T S ;      FOREACH : F O R E A C H ;
REDUCE : R E D U C E ;      SHOW : S H O W ;            PROCEDURES : P R O C E D U R E S ;
CONSTRAINT : C O N S T R A I N T ; REQUIRE : R E Q U I R E ; ASSERT : A S S E R T ;
UNIQUE : U N I Q U E ;      FOR : F O R ;               IF : I F ;
CONSTRAINTS : C O N S T R A I N T S ; INDEXES : I N D E X E S ;
SHORTESTPATH : S H O R T E S T P A T H ;
ALLSHORTESTPATHS : A L L S H O R T E S T P A T H S ;

SEMI : ';' ;     COMMA : ',' ;     DOTDOT : '..' ;   DOT : '.' ;      COLON : ':' ;
LPAREN : '(' ;   RPAREN : ')' ;    LBRACKET : '[' ;  RBRACKET : ']' ; LBRACE : '{' ;
RBRACE : '}' ;   PLUSEQ : '+=' ;   PLUS : '+' ;      MINUS : '-' ;    STAR : '*' ;
SLASH : '/' ;    PERCENT : '%' ;   CARET : '^' ;     REGEX_MATCH : '=~' ;
EQ : '=' ;       NEQ : '<>' | '!=' ; LE : '<=' ;     GE : '>=' ;      LT : '<' ;
GT : '>' ;       PIPE : '|' ;      DOLLAR : '$' ;

HEX_INTEGER     : '0' [xX] [0-9a-fA-F]+ ;
OCTAL_INTEGER   : '0o' [0-7]+ ;
FLOAT_LITERAL   : DIGIT+ '.' DIGIT+ EXPONENT? | '.' DIGIT+ EXPONENT? | DIGIT+ EXPONENT ;
DECIMAL_INTEGER : DIGIT+ ;
STRING_LITERAL  : '\'' ( ~['\\] | '\\' . )* '\'' | '"' ( ~["\\] | '\\' . )* '"' ;
IDENTIFIER      : [a-zA-Z_] [a-zA-Z0-9_]* ;
ESCAPED_IDENTIFIER : '`' ( ~'`' | '``' )* '`' ;

// Skipped, not kept on a hidden channel: nothing reads them, and making a token of every gap
// between tokens cost a fifth of the lexing.
LINE_COMMENT    : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT   : '/*' .*? '*/' -> skip ;
WHITESPACE      : [ \t\r\n\u000B\u000C\u00A0\u2000-\u200B\u2028\u2029\u3000]+ -> skip ;
// Anything else is one token the parser rejects, so the error points at it.
UNKNOWN_CHAR    : . ;

fragment EXPONENT : [eE] [+-]? DIGIT+ ;
fragment DIGIT : [0-9] ;
fragment A : [aA] ; fragment B : [bB] ; fragment C : [cC] ; fragment D : [dD] ; fragment E : [eE] ;
fragment F : [fF] ; fragment G : [gG] ; fragment H : [hH] ; fragment I : [iI] ; fragment J : [jJ] ;
fragment K : [kK] ; fragment L : [lL] ; fragment M : [mM] ; fragment N : [nN] ; fragment O : [oO] ;
fragment P : [pP] ; fragment Q : [qQ] ; fragment R : [rR] ; fragment S : [sS] ; fragment T : [tT] ;
fragment U : [uU] ; fragment V : [vV] ; fragment W : [wW] ; fragment X : [xX] ; fragment Y : [yY] ;
fragment Z : [zZ] ;
