import { Type } from 'class-transformer';
import { IsInt, Min, ValidateNested, validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { formFieldPath, problemsFromValidationErrors } from './problems';

class Leaf {
  @IsInt()
  @Min(0)
  months!: number;
}

class Branch {
  @ValidateNested()
  @Type(() => Leaf)
  sentence!: Leaf;
}

class Root {
  @ValidateNested({ each: true })
  @Type(() => Branch)
  defendants!: Branch[];
}

describe('problemsFromValidationErrors', () => {
  it('names nested array paths the way the contract documents them', () => {
    const root = plainToInstance(Root, { defendants: [{ sentence: { months: 1 } }, { sentence: { months: -2 } }] });
    const problems = problemsFromValidationErrors(validateSync(root));
    expect(problems).toEqual([
      { path: 'defendants[1].sentence.months', rule: 'min', message: 'months must not be less than 0' },
    ]);
  });

  it('reports only the type of a value of the wrong type, not the bounds that then mean nothing', () => {
    const root = plainToInstance(Root, { defendants: [{ sentence: { months: '-1' } }] });
    expect(problemsFromValidationErrors(validateSync(root))).toEqual([
      {
        path: 'defendants[0].sentence.months',
        rule: 'isInt',
        message: 'months must be an integer number',
      },
    ]);
  });

  it('reports unknown fields as unknownField at their path', () => {
    const root = plainToInstance(Root, { defendants: [{ sentence: { months: 1, name: 'x' } }] });
    const problems = problemsFromValidationErrors(validateSync(root, { whitelist: true, forbidNonWhitelisted: true }));
    expect(problems).toEqual([
      {
        path: 'defendants[0].sentence.name',
        rule: 'unknownField',
        message: 'defendants[0].sentence.name is not a known field',
      },
    ]);
  });

  it('turns JSON paths into form field names', () => {
    expect(formFieldPath('defendants[1].sentence.custodialMonths')).toBe('defendants.1.sentence.custodialMonths');
    expect(formFieldPath('title')).toBe('title');
  });
});
