import { divideRounded } from '../money';
import type { OrderLine } from './types';

/**
 * A line's net amount: quantity × price / priceUnit, rounded once, half-even, to whole
 * minor units. Quantities ordered in whole packs at a pack price come out exact.
 */
export function lineNet(line: Pick<OrderLine, 'quantity' | 'price' | 'priceUnit'>, quantity: number = line.quantity): number {
  return Number(divideRounded(BigInt(quantity) * BigInt(line.price), BigInt(line.priceUnit), 'half-even'));
}
